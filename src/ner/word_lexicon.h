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

class WordLexicon {
 public:
  WordLexicon() = default;
  explicit WordLexicon(const WordClusters& clusters);
  // From stored parts (model file): word hashes and their infos, same order.
  WordLexicon(std::vector<uint64_t> keys, std::vector<WordInfo> infos);

  // The info of the word with hash_text(0, word) == `word_hash`, or nullptr.
  const WordInfo* find(uint64_t word_hash) const {
    const uint32_t i = index_.find(word_hash);
    return i == HashIndex::kMissing ? nullptr : &infos_[i];
  }
  bool empty() const { return infos_.empty(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<WordInfo>& infos() const { return infos_; }

 private:
  void build_index();
  std::vector<uint64_t> keys_;
  std::vector<WordInfo> infos_;
  HashIndex index_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_WORD_LEXICON_H_
