#include "time/dating_offices.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include <lagebild/error.h>

#include "time/dating_calendar.h"

namespace lagebild::dating {
namespace {

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == '\t') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back().push_back(c);
    }
  }
  return out;
}

// Reads a KB table with a header row; calls `row` with the columns of each data line.
template <typename Row>
bool read_table(const std::string& path, size_t min_columns, Row&& row) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  int line_no = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    auto cols = split_tabs(line);
    if (cols.size() < min_columns)
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  fmt::format("expected at least {} tab-separated columns", min_columns));
    row(cols);
  }
  return true;
}

// The dating tokenizer's folding of a phrase.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize_for_dating(s))
    if (t.kind == DatingToken::Kind::kWord) out.push_back(t.lower);
  return out;
}

// Words before the title that mean the holder is not in office at the time of writing.
bool is_retrospective(const std::string& w) {
  for (const char* p : {"ehemalig", "früher", "einstig", "damalig", "ex-", "vormalig", "künftig",
                        "designiert", "neu", "alt"})
    if (w.rfind(p, 0) == 0) return true;
  return false;
}

}  // namespace

std::shared_ptr<const OfficeTenures> OfficeTenures::load(const std::string& kb_dir) {
  auto t = std::make_shared<OfficeTenures>();
  const bool found = read_table(kb_dir + "/offices.tsv", 5, [&](const auto& c) {
    Tenure tenure{c[0], "", c[1], c[2], c[3], c[4], 0, -1};
    int y = 0, m = 0, d = 0;
    if (!parse_date(tenure.start, y, m, d)) return;  // undated terms cannot date anything
    tenure.start_day = day_number(y, m, d == 0 ? 1 : d);
    if (!tenure.end.empty()) {
      if (!parse_date(tenure.end, y, m, d)) return;
      tenure.end_day = day_number(y, m, d == 0 ? days_in_month(y, m) : d);
    }
    t->tenures.push_back(std::move(tenure));
  });
  if (!found) return nullptr;
  read_table(kb_dir + "/office_titles.tsv", 2, [&](const auto& c) {
    const auto w = words(c[0]);
    if (w.size() == 1) t->titles[w[0]] = TitleEntry{c[1], c.size() > 2 ? c[2] : ""};
  });
  std::unordered_map<std::string, std::string> names;
  auto add_surname = [&](const std::string& id, const std::string& name) {
    const auto w = words(name);
    if (w.empty()) return;
    auto& ids = t->surnames[w.back()];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  read_table(kb_dir + "/persons.tsv", 2, [&](const auto& c) {
    names[c[0]] = c[1];
    add_surname(c[0], c[1]);
    if (c.size() > 3) add_surname(c[0], c[3]);
  });
  read_table(kb_dir + "/name_variants.tsv", 3, [&](const auto& c) {
    if (c[0].rfind("per:", 0) == 0 && c[2] == "name") add_surname(c[0], c[1]);
  });
  for (auto& tenure : t->tenures) {
    auto it = names.find(tenure.person);
    tenure.name = it != names.end() ? it->second : tenure.person;
  }
  return t;
}

void OfficeTenures::evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                             std::vector<EvidenceItem>& out) const {
  std::set<std::string> used;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != DatingToken::Kind::kWord || !tokens[k].capitalised) continue;
    // The title, also inflected (Außenministers, Präsidenten) or as a compound "US-Außenminister"
    // whose last part is a title.
    std::string word = tokens[k].lower;
    auto title = titles.find(word);
    for (const char* suffix : {"s", "n", "en", "in"}) {
      if (title != titles.end()) break;
      const std::string s = suffix;
      if (word.size() > s.size() + 3 && word.compare(word.size() - s.size(), s.size(), s) == 0)
        title = titles.find(word.substr(0, word.size() - s.size()));
    }
    if (title == titles.end()) {
      const size_t dash = word.rfind('-');
      if (dash != std::string::npos) title = titles.find(word.substr(dash + 1));
    }
    if (title == titles.end()) continue;
    if (k > 0 && is_retrospective(tokens[k - 1].lower)) continue;
    // "Ex-Präsident Trump", "Alt-Bundespräsident Gauck": the compound says the term is over.
    if (const size_t dash = word.find('-');
        dash != std::string::npos && is_retrospective(word.substr(0, dash + 1)))
      continue;
    // The holder's surname within the next three words ("Außenminister Andrii Sybiha").
    for (size_t i = k + 1; i < tokens.size() && i <= k + 3; ++i) {
      if (tokens[i].kind != DatingToken::Kind::kWord) break;
      auto ids = surnames.find(tokens[i].lower);
      if (ids == surnames.end()) continue;
      MonthVector likelihood;
      std::string terms, name;
      std::vector<std::string> keys;
      for (const Tenure& tenure : tenures) {
        if (tenure.office != title->second.office) continue;
        if (!title->second.of.empty() && tenure.of != title->second.of) continue;
        if (std::find(ids->second.begin(), ids->second.end(), tenure.person) == ids->second.end())
          continue;
        if (used.count(tenure.person + tenure.office)) continue;
        const MonthVector one = tenure_likelihood(tenure.start_day, tenure.end_day);
        if (likelihood.empty()) likelihood.assign(one.size(), 0.0);
        for (size_t m = 0; m < one.size(); ++m) likelihood[m] = std::max(likelihood[m], one[m]);
        terms += fmt::format("{}{}", terms.empty() ? "" : ", ",
                             tenure.end.empty() ? fmt::format("from {}", tenure.start.substr(0, 7))
                                                : fmt::format("{} – {}", tenure.start.substr(0, 7),
                                                              tenure.end.substr(0, 7)));
        name = tenure.name;
        keys.push_back(tenure.person + tenure.office);
      }
      if (likelihood.empty()) continue;
      used.insert(keys.begin(), keys.end());
      EvidenceItem e;
      e.source = Source::kOffice;
      e.span = Span{tokens[k].begin, tokens[i].end};
      e.likelihood = std::move(likelihood);
      e.why = fmt::format("office holder: '{}' = {}, {} (in office {})", doc.slice(e.span), name,
                          title->second.office, terms);
      out.push_back(std::move(e));
      break;
    }
  }
}

}  // namespace lagebild::dating
