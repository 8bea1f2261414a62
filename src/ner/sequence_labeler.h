// Tags one sentence with a loaded model: features -> emission scores from the quantised weight
// rows -> constrained Viterbi. Immutable and shared; per-call buffers live in TaggingState.
//
// Speed: most of a token's features depend on one word's spelling (feature_extractor.h: its own
// word features, and what it contributes to the neighbours at -2 .. +2). Their summed label
// scores are cached per word type in TaggingState, so a frequent word costs one hash probe and a
// few vector additions instead of some 60 feature lookups; only the context features (sentence
// position, word pairs) are looked up per token. Integer sums make the result identical to the
// uncached computation (label_uncached(), which the tests compare against).
#ifndef LAGEBILD_NER_SEQUENCE_LABELER_H_
#define LAGEBILD_NER_SEQUENCE_LABELER_H_

#include <string_view>
#include <vector>

#include "ner/feature_extractor.h"
#include "ner/label_set.h"
#include "ner/model_data.h"
#include "ner/viterbi.h"

namespace lagebild::ner {

// Per-word-type score cache of one thread (see the file comment). It starts small and doubles
// up to kMaxCapacity word types as the text brings new words, so that a thread which tags a few
// short articles does not hold the whole table. When it is full, between sentences, it keeps the
// words that were looked up again since they came in (the frequent ones, with Zipf-distributed
// words) and drops the others: emptying it instead made every fourth token of news text a miss,
// mostly frequent words evicted earlier. 64k types (about 77 MB of rows) hold nearly all the
// frequent words of a large news corpus: on 3,000 news articles one token in thirteen misses,
// against one in seven with 16k.
struct EmissionCache {
  static constexpr uint32_t kInitialCapacity = 4096;
  static constexpr uint32_t kMaxCapacity = 65536;
  std::vector<uint64_t> keys;         // open addressing, 2 * capacity slots, 0 = empty
  std::vector<uint32_t> entry_of;     // slot -> entry
  std::vector<uint64_t> entry_key;    // entry -> its key
  std::vector<uint32_t> hits;         // entry -> lookups since it came in or was last kept
  std::vector<ContextInfo> contexts;  // entry -> what the context features read of the word
  std::vector<int32_t> sums;          // entry -> (2 * window + 1) score rows of L labels
  uint32_t size = 0;
  // Entries it can hold now; 0 until the first sentence.
  uint32_t capacity() const { return static_cast<uint32_t>(entry_key.size()); }
};

// Per-thread scratch space, reused across sentences so that tagging allocates nothing.
struct TaggingState {
  SentenceFeatures features;
  std::vector<FeatureTable::Row> rows;
  std::vector<int32_t> sums;
  std::vector<float> emissions;
  std::vector<float> scratch;
  std::vector<uint8_t> path;
  std::vector<std::string_view> tokens;
  EmissionCache cache;
  std::vector<uint64_t> keys;                   // token -> cache key
  std::vector<uint32_t> entries;                // token -> cache entry
  std::vector<const ContextInfo*> token_infos;  // token -> its entry's ContextInfo
  TokenInfo word;                               // scratch: the word a cache miss describes
  std::vector<uint64_t> hashes;                 // scratch feature hashes
  std::vector<uint32_t> targets;                // the score row each of them goes to
};

class SequenceLabeler {
 public:
  explicit SequenceLabeler(const ModelData& model);

  const LabelSet& labels() const { return labels_; }

  // Label ids (in the model's scheme) for `tokens`; the result lives in state.path.
  const std::vector<uint8_t>& label(const std::vector<std::string_view>& tokens,
                                    TaggingState& state) const;
  // The same without the word-type cache (reference for tests and benchmarks).
  const std::vector<uint8_t>& label_uncached(const std::vector<std::string_view>& tokens,
                                             TaggingState& state) const;

  // Chunks (entity mentions over token indices) for `tokens`.
  std::vector<Chunk> chunks(const std::vector<std::string_view>& tokens, TaggingState& state) const;

 private:
  // Adds the weight rows of s.hashes[f] to score row s.targets[f] of `base` (rows of L sums).
  void add_rows(TaggingState& s, int32_t* base) const;
  // Makes room for `needed` new entries (see EmissionCache): grows the cache, or evicts.
  void make_room(EmissionCache& c, uint32_t needed) const;
  // Gives the cache `capacity` entries, keeping its entries.
  void resize(EmissionCache& c, uint32_t capacity) const;
  // Rebuilds the slots of entries 0 .. c.size-1 (after a resize or an eviction).
  static void rehash(EmissionCache& c);
  // The cache key of `token`.
  static uint64_t cache_key(std::string_view token);
  // The cache entry of `token` (whose key is `key`), computing it on a miss.
  uint32_t entry(std::string_view token, uint64_t key, TaggingState& s) const;
  const std::vector<uint8_t>& decode(int n, TaggingState& s) const;

  const ModelData& model_;
  LabelSet labels_;
  FeatureExtractor extractor_;
  ViterbiDecoder decoder_;
  ViterbiDecoder::Transitions transitions_;  // the model's, laid out for decoder_
  int span_;                                 // 2 * window + 1 score rows per cache entry
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_SEQUENCE_LABELER_H_
