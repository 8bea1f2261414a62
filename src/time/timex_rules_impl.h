// The compiled form of data/de/timex/: lexicons, pattern rules and the first-token index.
// Built once by TimexRules::load (timex_rules.cc), read-only afterwards.
#ifndef LAGEBILD_TIME_TIMEX_RULES_IMPL_H_
#define LAGEBILD_TIME_TIMEX_RULES_IMPL_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_string_map.h"
#include "lagebild/timex.h"
#include "time/event_anchors.h"

namespace lagebild::timex {

// String-keyed lexicons, looked up by string_view for every candidate word
// (core/flat_string_map.h).
template <typename V>
using StringMap = FlatStringMap<V>;

// One lexicon file: forms (possibly several tokens) → value. Entries are keyed by their first
// token; `rest` holds the following tokens, longest first.
struct LexEntry {
  std::vector<std::string> rest;
  std::string value;  // several columns joined by '\t'
};
struct Lexicon {
  std::string name;
  StringMap<std::vector<LexEntry>> by_first;
  const std::vector<LexEntry>* find(std::string_view first) const {
    auto it = by_first.find(first);
    return it == by_first.end() ? nullptr : &it->second;
  }
};

// Number shapes a pattern can ask for (see data/de/timex/README.md).
enum class NumClass : uint8_t {
  kYear,
  kYearNum,
  kDay,
  kDayNum,
  kMonthNum,
  kDmy,
  kDm,
  kIso,
  kClock,
  kHour,
  kMinute,
  kCount,
  kDecade,
  kOrdinal
};

struct Element {
  enum class Kind : uint8_t { kLiteral, kLexicon, kCompound, kDigitCompound, kClass };
  Kind kind = Kind::kLiteral;
  std::vector<std::string> literals;  // lower-cased unless case_sensitive
  bool case_sensitive = false;
  const Lexicon* lexicon = nullptr;  // kLexicon; the right part of a compound
  // kCompound: the whole lower-cased token → (left value, right value).
  const StringMap<std::pair<std::string, std::string>>* compound = nullptr;
  NumClass num_class = NumClass::kYear;
  std::string slot;   // slot filled (or suffix for multi-slot classes); empty = none
  std::string slot2;  // compounds: the right part's slot
  bool optional = false;
  bool negative = false;  // zero-width "must not match"
  bool context = false;   // must match, not part of the extent (leading/trailing [..])
};

struct Rule {
  std::string name;
  std::string where;  // FILE:LINE, for errors and debugging
  std::vector<Element> elements;
  size_t anchor = 0;      // index of the first non-context element: the one the index keys on
  size_t extent_end = 0;  // one past the last non-context element
  std::string normaliser;
  std::vector<std::pair<std::string, std::string>> fixed;  // normaliser(k=v, ...) arguments
  int id = 0;  // position in the file: earlier wins ties (variants of one rule share it)
};

}  // namespace lagebild::timex

namespace lagebild {

struct TimexRules::Impl {
  std::map<std::string, std::unique_ptr<timex::Lexicon>> lexicons;
  std::vector<std::unique_ptr<timex::StringMap<std::pair<std::string, std::string>>>> compounds;
  std::vector<timex::Rule> rules;
  // First-token index: lower-cased word → positions in `rules` whose anchor element can match it;
  // rules anchored on a number class or a digit compound are in `number_rules`.
  timex::StringMap<std::vector<int>> word_rules;
  std::vector<int> number_rules;
  // Prefilter before the hash lookup: a one-hash Bloom filter (65,536 bits, 8 KB: stays in the
  // L1 cache) over the keys of word_rules. Most words of a text fail here, and the cheap hash
  // costs far less than the table's hash and bucket chase.
  std::vector<uint64_t> start_filter = std::vector<uint64_t>(65536 / 64, 0);
  static unsigned filter_bit(std::string_view low) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : low) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & 0xFFFF;
  }
  void add_start(std::string_view key) {
    const unsigned bit = filter_bit(key);
    start_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  bool may_start_rule(std::string_view low) const {
    const unsigned bit = filter_bit(low);
    return (start_filter[bit >> 6] >> (bit & 63)) & 1;
  }
  const timex::Lexicon* numeral = nullptr;
  // Lexicons the C++ side reads directly.
  const timex::Lexicon* tense = nullptr;
  timex::EventTable events;

  const timex::Lexicon* lexicon(const std::string& name) const {
    auto it = lexicons.find(name);
    return it == lexicons.end() ? nullptr : it->second.get();
  }
};

}  // namespace lagebild

#endif  // LAGEBILD_TIME_TIMEX_RULES_IMPL_H_
