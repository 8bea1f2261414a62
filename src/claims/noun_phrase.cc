#include "claims/noun_phrase.h"

namespace lagebild::claims {
namespace {

using WordClass = ClaimLexicons::Tables::WordClass;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_word(const Word& w) {
  return w.kind == TokenKind::kWord || w.kind == TokenKind::kAbbreviation;
}

// A word that may stand inside a speaker's name or title but not start it.
bool is_name_particle(const std::vector<Word>& w, size_t i) {
  // "von" / "von der" between capitalised words: "Ursula von der Leyen", "Stadtverwaltung von
  // Kyjiw".
  if (w[i].lower != "von" && w[i].lower != "van" && w[i].lower != "de") return false;
  size_t next = i + 1;
  if (next < w.size() && (w[next].lower == "der" || w[next].lower == "den")) ++next;
  return next < w.size() && w[next].upper && w[next].kind == TokenKind::kWord;
}

}  // namespace

bool is_adjective_like(const Word& w, const ClaimLexicons::Tables& t) {
  if (w.kind != TokenKind::kWord || w.upper || w.in_quote || w.lower.size() < 3) return false;
  if (t.is_function_word(w.lower) || t.number_word(w.lower) != nullptr) return false;
  const std::string& s = w.lower;
  return ends_with(s, "e") || ends_with(s, "en") || ends_with(s, "er") || ends_with(s, "es") ||
         ends_with(s, "em");
}

bool is_noun_like(const Word& w, const ClaimLexicons::Tables& t) {
  if (!is_word(w) || !w.upper) return false;
  if (t.is_function_word(w.lower) || t.number_word(w.lower) != nullptr) return false;
  if (t.unit(w.lower) != nullptr || t.time_units.count(w.lower) != 0) return false;
  return true;
}

std::optional<WordRange> counted_phrase(const std::vector<Word>& w, size_t i,
                                        const ClaimLexicons::Tables& t) {
  if (i >= w.size()) return std::nullopt;
  size_t j = i;
  while (j < w.size() && j < i + 4 && is_adjective_like(w[j], t)) ++j;
  if (j < w.size() && is_noun_like(w[j], t)) {
    size_t head = j;
    // "Industrie- und Schwellenländer": a truncated compound coordinated with a full one.
    if (ends_with(w[j].text, "-") && j + 2 < w.size() &&
        (w[j + 1].lower == "und" || w[j + 1].lower == "oder") && is_noun_like(w[j + 2], t)) {
      head = j + 2;
    }
    return WordRange{i, head};
  }
  // An extended attribute: "10.000 [in den Osten Russlands geschickten] Nordkoreaner". It opens
  // with a preposition and closes with a participle right after a noun.
  if (j == i && t.word_class(w[i].lower) == WordClass::kPreposition && w[i].lower != "von" &&
      w[i].lower != "bis") {
    for (size_t m = i + 2; m < w.size() && m < i + 9; ++m) {
      if (w[m].kind == TokenKind::kPunctuation || w[m].kind == TokenKind::kSymbol) break;
      if (is_adjective_like(w[m], t) && is_noun_like(w[m - 1], t)) {
        size_t k = m + 1;
        while (k < w.size() && k < m + 4 && is_adjective_like(w[k], t)) ++k;
        if (k < w.size() && is_noun_like(w[k], t)) return WordRange{m + 1, k};
        break;
      }
    }
  }
  return std::nullopt;
}

std::optional<WordRange> phrase_ending_at(const std::vector<Word>& w, size_t last,
                                          const ClaimLexicons::Tables& t) {
  if (last >= w.size() || !is_noun_like(w[last], t)) return std::nullopt;
  size_t first = last;
  while (first > 0 && first + 3 > last && is_adjective_like(w[first - 1], t)) --first;
  // Adjectives need a determiner, preposition or punctuation before them; otherwise the word is
  // more likely a verb ("Die USA leisteten Militärhilfe im Wert von ...").
  if (first < last && first > 0) {
    const Word& before = w[first - 1];
    bool opens = t.is_function_word(before.lower) || before.kind == TokenKind::kPunctuation;
    if (!opens) first = last;
  }
  return WordRange{first, last};
}

std::optional<WordRange> speaker_phrase(const std::vector<Word>& w, size_t i,
                                        const ClaimLexicons::Tables& t, bool* pronoun) {
  if (pronoun != nullptr) *pronoun = false;
  // Leading adverbs and particles: "sagte auch der Sprecher", "erklärte jedoch Woloschyn".
  while (i < w.size() && t.word_class(w[i].lower) == WordClass::kAdverb) ++i;
  if (i >= w.size()) return std::nullopt;
  if (w[i].lower == "er" || w[i].lower == "sie") {
    if (pronoun != nullptr) *pronoun = true;
    return WordRange{i, i};
  }
  if (t.word_class(w[i].lower) == WordClass::kArticle) ++i;
  size_t first = i;
  size_t last = i;
  bool has_upper = false;
  bool genitive_used = false;
  bool before_noun = true;  // adjectives stand before their noun, never after it
  size_t k = i;
  while (k < w.size()) {
    const Word& x = w[k];
    if (x.in_quote || x.quote_mark) break;
    if (is_noun_like(x, t)) {
      has_upper = true;
      before_noun = false;
      last = k;
      ++k;
      continue;
    }
    if (before_noun && is_adjective_like(x, t) && k + 1 < w.size()) {
      ++k;  // an adjective belongs to the phrase only if a noun follows; checked by `last`
      continue;
    }
    if (has_upper && is_name_particle(w, k)) {
      ++k;
      continue;
    }
    // One genitive attribute: "Direktor des britischen Geheimdienstes", "Sprecher der Armee".
    if (has_upper && !genitive_used && (x.lower == "des" || x.lower == "der") && k + 1 < w.size()) {
      genitive_used = true;
      before_noun = true;
      ++k;
      continue;
    }
    break;
  }
  if (!has_upper) return std::nullopt;
  // Apposition closing the sentence: "..., Jeremy Fleming."
  size_t a = last + 1;
  if (a + 1 < w.size() && w[a].text == ",") {
    size_t b = a + 1;
    while (b < w.size() && is_noun_like(w[b], t)) ++b;
    // Also ", Witali Kim, auf Telegram": the apposition is closed by a comma.
    bool closes = b > a + 1 && (b == w.size() || w[b].text == "." || w[b].text == "!" ||
                                w[b].text == "," || w[b].quote_mark);
    if (closes) last = b - 1;
  }
  return WordRange{first, last};
}

}  // namespace lagebild::claims
