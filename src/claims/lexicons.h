// The claims stage's word lists in memory (see data/de/claims/*.tsv for what each one holds).
#ifndef LAGEBILD_CLAIMS_LEXICONS_H_
#define LAGEBILD_CLAIMS_LEXICONS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims/word_filter.h"
#include "core/flat_string_map.h"
#include "lagebild/claims.h"

namespace lagebild {

// Keys are lower case (claims::fold_case). Immutable once loaded.
struct ClaimLexicons::Tables {
  enum class NumberKind : uint8_t { kCardinal, kArticle, kVague, kMultiplier, kFraction };
  struct NumberWord {
    double value = 0;
    NumberKind kind = NumberKind::kCardinal;
  };
  struct Unit {
    std::string canonical;  // Quantity::unit
    std::string kind;       // currency, percent, length ...
  };
  struct Approximator {
    std::vector<std::string> words;  // "mehr", "als"
    std::string approx;              // MORE_THAN ...
  };
  struct SpeechVerb {
    std::string particle;  // "mit" for "teilte ... mit"; empty when none
    bool impersonal = false;
  };
  enum class WordClass : uint8_t {
    kArticle,
    kPreposition,
    kPronoun,
    kConjunction,
    kAdverb,
    kVerb,
    kOther
  };

  FlatStringMap<NumberWord> number_words;
  FlatStringMap<Unit> units;
  // Keyed by the LAST word of the phrase: matching runs backwards from the number.
  FlatStringMap<std::vector<Approximator>> approximators;
  std::unordered_set<std::string> time_units;
  std::unordered_set<std::string> year_cues;
  FlatStringMap<SpeechVerb> speech_verbs;
  std::vector<std::string> report_nouns;  // also matched as the end of a compound
  std::unordered_set<std::string> subjunctive;
  FlatStringMap<std::string> source_prefixes;
  FlatStringMap<std::string> agencies;
  FlatStringMap<WordClass> function_words;

  // Filter over the last three bytes of every word parse_number_word can read: each one ends
  // like a cardinal, "ein", "hundert", "tausend" or "einhalb" does. 64 Kbit, filled at load.
  std::vector<uint64_t> number_tails = std::vector<uint64_t>((size_t{1} << 16) / 64, 0);
  bool number_tails_usable = true;  // false if a cardinal is shorter than three bytes
  static size_t number_tail_bit(std::string_view lower);
  // False when `lower` cannot be a (compound) number word; true does not mean it is one.
  bool may_be_number_word(std::string_view lower) const;

  // Bloom filters over the keys of the tables looked up for (nearly) every word; filled at load.
  claims::WordFilter number_word_filter, function_word_filter, subjunctive_filter,
      speech_verb_filter;

  const NumberWord* number_word(const std::string& lower) const;
  const Unit* unit(const std::string& lower) const;
  WordClass word_class(const std::string& lower) const;  // kOther when not a function word
  bool is_function_word(const std::string& lower) const {
    return function_word_filter.may_contain(lower) && function_words.count(lower) != 0;
  }
  bool is_subjunctive(const std::string& lower) const {
    return subjunctive_filter.may_contain(lower) && subjunctive.count(lower) != 0;
  }
  const SpeechVerb* speech_verb(const std::string& lower) const;
  // The report noun `lower` is or ends with ("us-angaben" -> "angaben"), else empty.
  std::string_view report_noun_suffix(std::string_view lower) const;
};

}  // namespace lagebild

#endif  // LAGEBILD_CLAIMS_LEXICONS_H_
