// Splitting German closed compounds into their parts: "luftabwehrkräfte" -> luft, abwehr, kräfte.
//
// The method is Koehn & Knight (2003), "Empirical Methods for Compound Splitting": every way of
// cutting the word into known words is scored by the geometric mean of the parts' corpus
// frequencies, and the word stays whole unless some split scores higher than the word's own
// frequency. Frequent, lexicalised compounds ("bundesregierung") therefore stay whole, and rare
// ad-hoc ones ("abwehrkampf", "drohneneinheiten") split.
//
// Splitting is deliberately conservative, because a wrong part makes search find unrelated
// articles: a part must be a noun-like word of the lexicon (written with a capital letter in most
// of its corpus occurrences, so "aus" or "unter" never become parts), at least
// `min_part_length` code points long and seen at least `min_part_count` times. Non-final parts
// may carry a German linking element (Fugenelement: -s, -es, -n, -en, -e; -er is always a
// plural the lexicon holds), which is removed
// ("verteidigungs" -> "verteidigung"); the final part keeps its inflection ("kräfte").
//
// The lexicon (data/de/decompound_lexicon.tsv.gz) is built from word counts over the news
// corpora by scripts/build_decompound_lexicon.py; its header names the source.
//
// A Decompounder is immutable once loaded and safe to share between threads.
#ifndef LAGEBILD_TEXT_DECOMPOUND_H_
#define LAGEBILD_TEXT_DECOMPOUND_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lagebild {

class Decompounder {
 public:
  struct Options {
    // TSV (optionally gzip'd): word, count, capitalised percent. Empty: the bundled lexicon,
    // data_path("de/decompound_lexicon.tsv.gz").
    std::string lexicon_path;
    // Three letters admit real parts such as "rat" (Stadtrat) and "gas" (Gaspreis); shorter
    // pieces ("ab", "an") are prefixes far more often than words.
    size_t min_part_length = 3;
    // Rare words are often names, typos or fragments ("divi|ionen"); they make poor parts.
    uint32_t min_part_count = 30;
    // Three-letter words need more evidence: many are name fragments or abbreviations ("sof",
    // "cha"), and a false three-letter part matches many unrelated words.
    uint32_t min_short_part_count = 100;
    // ... and a clearer noun signal: this drops abbreviations and English words such as "red"
    // (Red.), "min" and "gen" at the price of a few real ones ("gas").
    int min_short_part_capitalised_percent = 90;
    // Share of mid-sentence occurrences written with a capital letter for a word to count as a
    // noun. The lexicon builder keeps words from 50 up; 70 drops verbs and function words that
    // often start headlines or names ("ringen", "gen", "lau").
    int min_capitalised_percent = 70;
    // Four parts cover "bundes|wehr|beschaffungs|amt"; more are almost always noise.
    size_t max_parts = 4;
    // Words longer than this (code points) are left whole: URLs, hashes, garbage.
    size_t max_word_length = 64;
  };

  // Loads the lexicon; throws Error(kNotFound / kInvalidData) naming the file.
  explicit Decompounder(const Options& options);
  Decompounder();  // default Options

  // The bundled lexicon with default options, loaded once per process and shared.
  static std::shared_ptr<const Decompounder> shared_default();

  // One part of a compound, as byte offsets into the word: [begin, end) is the part as written,
  // linking element included; the last `link` bytes of it are that linking element, so the
  // lexicon word is [begin, end - link). "drohnenangriff" -> {0, 7, 0} "drohnen", {7, 14, 0}
  // "angriff"; "verteidigungsminister" -> {0, 13, 1} "verteidigung"+"s", {13, 21, 0}.
  struct Part {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t link = 0;
  };

  // The parts of a LOWER-CASE word, in order. Empty when the word should stay whole (unknown
  // parts, or the word is more frequent than any split of it).
  std::vector<Part> split(std::string_view lower_word) const;

  // The same parts as lexicon words (linking elements removed): for tests and tools.
  std::vector<std::string> split_words(std::string_view lower_word) const;

  // Corpus count of a lexicon word (0 when absent or not noun-like).
  uint32_t count(std::string_view lower_word) const;

  size_t size() const { return counts_.size(); }
  const Options& options() const { return options_; }

 private:
  struct Candidate;
  class SplitMemo;
  void search(std::string_view word, uint32_t begin, SplitMemo& memo, std::vector<Part>& parts,
              double log_sum, Candidate& best) const;
  // The count of a word that may serve as a part; 0 for a proper prefix of such a word (that is
  // no part itself); -1 for anything else. Looked up in `part_slots_` only.
  int64_t find_part(std::string_view lower_word) const;
  void index_parts();

  // Transparent hashing lets count() look words up by string_view without a copy.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  struct Entry {
    uint32_t count = 0;
    int capitalised_percent = 0;
  };
  const Entry* find(std::string_view lower_word) const;

  Options options_;
  std::unordered_map<std::string, Entry, WordHash, std::equal_to<>> counts_;
  // The words that may serve as parts (a sixth of the lexicon) and their prefixes, in a flat
  // open-addressing table: split() looks up substrings of a word, most of them in vain, and this
  // table is far smaller than the node-based map of the whole lexicon; the prefixes let it stop
  // extending a piece as soon as no part starts so. A slot: the hash's high 32 bits, then the
  // offset + 1 of the entry in `part_arena_` (0: empty). An entry: the count (4 bytes, 0 for a
  // prefix only), the word's length (1 byte), the word.
  std::vector<uint64_t> part_slots_;
  std::string part_arena_;
};

}  // namespace lagebild

#endif  // LAGEBILD_TEXT_DECOMPOUND_H_
