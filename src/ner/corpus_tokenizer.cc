#include "ner/corpus_tokenizer.h"

#include <array>
#include <string>

namespace lagebild::ner {
namespace {

// Quotes, brackets and dashes that are split off at either end of a whitespace-separated chunk.
constexpr std::array<std::string_view, 25> kEdgePunctuation = {
    ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'", "„",
    "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "…", "–",  "—"};

// Abbreviations whose period belongs to the token (GermEval keeps "Dr." whole).
constexpr std::array<std::string_view, 24> kAbbreviations = {
    "Dr",  "Prof", "Nr",  "St", "bzw", "ca",  "usw", "etc", "Mio", "Mrd",  "Jh",   "vgl",
    "sog", "Abs",  "Str", "Hr", "Fr",  "u.a", "z.B", "d.h", "v.a", "evtl", "inkl", "Tel"};

bool is_whitespace_at(std::string_view s, size_t i, size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
    len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    len = 2;  // no-break space
    return true;
  }
  return false;
}

std::string_view edge_punctuation_at_start(std::string_view chunk) {
  for (auto p : kEdgePunctuation) {
    if (chunk.substr(0, p.size()) == p) return p;
  }
  return {};
}

std::string_view edge_punctuation_at_end(std::string_view chunk) {
  for (auto p : kEdgePunctuation) {
    if (chunk.size() >= p.size() && chunk.substr(chunk.size() - p.size()) == p) return p;
  }
  return {};
}

bool keeps_period(std::string_view body) {
  if (body.empty()) return false;
  bool digits = true;
  for (char c : body) digits = digits && (c >= '0' && c <= '9');
  if (digits && body.size() <= 2) return true;  // ordinal day or month: "2." "12."
  if (body.size() == 1) return true;            // initial: "A."
  for (auto a : kAbbreviations) {
    if (body == a) return true;
  }
  return false;
}

}  // namespace

void tokenize_corpus_text(std::string_view text,
                          const std::function<void(std::string_view, bool)>& on_token) {
  bool sentence_start = true;
  auto emit = [&](std::string_view token) {
    on_token(token, sentence_start);
    const bool opener = token == "„" || token == "\"" || token == "(" || token == "»";
    if (token == "." || token == "!" || token == "?" || token == ":") {
      sentence_start = true;
    } else if (!(sentence_start && opener)) {
      sentence_start = false;
    }
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t ws = 0;
    if (is_whitespace_at(text, i, ws)) {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') sentence_start = true;
      i += ws;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_whitespace_at(text, j, ws)) ++j;
    std::string_view chunk = text.substr(i, j - i);
    i = j;
    // Leading punctuation, then trailing punctuation (collected, emitted after the body).
    while (!chunk.empty()) {
      const auto p = edge_punctuation_at_start(chunk);
      if (p.empty() || p.size() == chunk.size()) break;
      emit(p);
      chunk.remove_prefix(p.size());
    }
    std::array<std::string_view, 8> trailing{};
    size_t n_trailing = 0;
    while (!chunk.empty() && n_trailing < trailing.size()) {
      const auto p = edge_punctuation_at_end(chunk);
      if (p.empty() || p.size() == chunk.size()) break;
      const auto body = chunk.substr(0, chunk.size() - p.size());
      if (p == "." && keeps_period(body)) break;
      trailing[n_trailing++] = p;
      chunk = body;
    }
    if (!chunk.empty()) emit(chunk);
    while (n_trailing > 0) emit(trailing[--n_trailing]);
  }
}

}  // namespace lagebild::ner
