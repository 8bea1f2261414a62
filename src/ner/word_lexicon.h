// The word clusters and capitalisation statistics as the tagger uses them: keyed by the word's
// hash, so the model file stores no third-party text and a lookup costs one probe.
#ifndef LAGEBILD_NER_WORD_LEXICON_H_
#define LAGEBILD_NER_WORD_LEXICON_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/hash_index.h"
#include "ner/word_clusters.h"

namespace lagebild::ner {

struct WordInfo {
  uint16_t fine = 0;
  uint16_t mid = 0;
  uint16_t coarse = 0;
  int16_t cap_permille = -1;  // -1: too rare to say
};

// How a word was tagged in the news corpora by a tagger trained without these statistics
// (label_stats.h): its number of occurrences and, per entity type, the share of them inside a
// mention of that type, in per cent. "What is this word usually tagged as" generalises from the
// few labelled occurrences of a name to its many unlabelled ones (the corpus-level label
// distribution features of Ratinov & Roth 2009's "context aggregation" family).
struct LabelStats {
  uint32_t count = 0;        // occurrences in the corpora
  uint8_t share[12] = {};    // per kTypeNames type: per cent of occurrences inside such a mention
  uint8_t begin_share = 0;   // per cent of its in-mention occurrences that begin the mention
  uint8_t reserved[3] = {};  // padding, zero (the struct is stored as bytes)
};
static_assert(sizeof(LabelStats) == 20, "stored as bytes in the model file");

// A one-hash Bloom filter over 64-bit word hashes (2^21 bits, 256 KB): most words the features
// look up are absent (compound heads are searched suffix by suffix, fallback forms), and the
// filter, small enough to stay in the CPU cache, answers most of those without a probe into the
// multi-megabyte index. No false negatives, so lookups give the same answers.
class KeyFilter {
 public:
  void build(const std::vector<uint64_t>& keys) {
    bits_.assign(kBits / 64, 0);
    for (uint64_t k : keys) {
      const uint64_t b = bit(k);
      bits_[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  bool may_contain(uint64_t key) const {
    if (bits_.empty()) return false;  // never built: no keys
    const uint64_t b = bit(key);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static constexpr uint64_t kBits = uint64_t{1} << 21;
  // High bits: the index's slots use the low ones.
  static uint64_t bit(uint64_t key) { return (key >> 40) & (kBits - 1); }
  std::vector<uint64_t> bits_;
};

class WordLexicon {
 public:
  WordLexicon() = default;
  explicit WordLexicon(const WordClusters& clusters);
  // From stored parts (model file): word hashes and their infos, same order.
  WordLexicon(std::vector<uint64_t> keys, std::vector<WordInfo> infos);

  // The info of the word with hash_text(0, word) == `word_hash`, or nullptr.
  const WordInfo* find(uint64_t word_hash) const {
    if (!filter_.may_contain(word_hash)) return nullptr;
    const uint32_t i = index_.find(word_hash);
    return i == HashIndex::kMissing ? nullptr : &infos_[i];
  }
  bool empty() const { return infos_.empty(); }

  // The news-corpus label statistics of the word with hash `word_hash`, or nullptr.
  const LabelStats* find_stats(uint64_t word_hash) const {
    if (!stats_filter_.may_contain(word_hash)) return nullptr;
    const uint32_t i = stats_index_.find(word_hash);
    return i == HashIndex::kMissing ? nullptr : &stats_[i];
  }
  // Replaces the label statistics (keys are word hashes, same order as `stats`).
  void set_stats(std::vector<uint64_t> keys, std::vector<LabelStats> stats);
  const std::vector<uint64_t>& stats_keys() const { return stats_keys_; }
  const std::vector<LabelStats>& stats() const { return stats_; }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<WordInfo>& infos() const { return infos_; }

 private:
  void build_index();
  std::vector<uint64_t> keys_;
  std::vector<WordInfo> infos_;
  HashIndex index_;
  KeyFilter filter_;
  std::vector<uint64_t> stats_keys_;
  std::vector<LabelStats> stats_;
  HashIndex stats_index_;
  KeyFilter stats_filter_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_WORD_LEXICON_H_
