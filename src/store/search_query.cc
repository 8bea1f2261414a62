#include "store/search_query.h"

#include <vector>

#include "store/index_terms.h"

namespace lagebild::store {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool has_word(std::string_view term) {
  bool found = false;
  for_each_word(term, [&](size_t, size_t) { found = true; });
  return found;
}

// An FTS5 string: double quotes, with inner quotes doubled.
std::string literal(std::string_view term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

struct Item {
  std::string literal;  // empty for the OR operator
};

}  // namespace

std::string to_fts5_query(std::string_view user_query) {
  std::vector<Item> items;
  size_t pos = 0;
  while (pos < user_query.size()) {
    if (is_space(user_query[pos])) {
      ++pos;
      continue;
    }
    std::string_view term;
    bool quoted = user_query[pos] == '"';
    if (quoted) {
      size_t close = user_query.find('"', pos + 1);
      if (close == std::string_view::npos) close = user_query.size();
      term = user_query.substr(pos + 1, close - pos - 1);
      pos = close + 1;
    } else {
      size_t end = pos;
      while (end < user_query.size() && !is_space(user_query[end]) && user_query[end] != '"') {
        ++end;
      }
      term = user_query.substr(pos, end - pos);
      pos = end;
    }
    if (!quoted && term == "OR") {
      items.push_back({});
    } else if (has_word(term)) {
      items.push_back({literal(term)});
    }
  }
  // Groups of terms joined by OR; groups are ANDed. An OR without a term on both sides is ignored.
  std::vector<std::vector<std::string>> groups;
  bool pending_or = false;
  for (const Item& item : items) {
    if (item.literal.empty()) {
      pending_or = !groups.empty();
      continue;
    }
    if (pending_or) {
      groups.back().push_back(item.literal);
    } else {
      groups.push_back({item.literal});
    }
    pending_or = false;
  }
  std::string out;
  for (const auto& group : groups) {
    if (!out.empty()) out += " AND ";
    if (group.size() == 1) {
      out += group.front();
      continue;
    }
    out += "(";
    for (size_t i = 0; i < group.size(); ++i) {
      if (i > 0) out += " OR ";
      out += group[i];
    }
    out += ")";
  }
  return out;
}

}  // namespace lagebild::store
