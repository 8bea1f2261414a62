// Tags one sentence with a loaded model: features -> emission scores from the quantised weight
// rows -> constrained Viterbi. Immutable and shared; per-call buffers live in TaggingState.
#ifndef LAGEBILD_NER_SEQUENCE_LABELER_H_
#define LAGEBILD_NER_SEQUENCE_LABELER_H_

#include <string_view>
#include <vector>

#include "ner/feature_extractor.h"
#include "ner/label_set.h"
#include "ner/model_data.h"
#include "ner/viterbi.h"

namespace lagebild::ner {

// Per-thread scratch space, reused across sentences so that tagging allocates nothing.
struct TaggingState {
  SentenceFeatures features;
  std::vector<FeatureTable::Row> rows;
  std::vector<int32_t> sums;
  std::vector<float> emissions;
  std::vector<float> scratch;
  std::vector<uint8_t> backpointers;
  std::vector<uint8_t> path;
  std::vector<std::string_view> tokens;
};

class SequenceLabeler {
 public:
  explicit SequenceLabeler(const ModelData& model);

  const LabelSet& labels() const { return labels_; }

  // Label ids (in the model's scheme) for `tokens`; the result lives in state.path.
  const std::vector<uint8_t>& label(const std::vector<std::string_view>& tokens,
                                    TaggingState& state) const;

  // Chunks (entity mentions over token indices) for `tokens`.
  std::vector<Chunk> chunks(const std::vector<std::string_view>& tokens, TaggingState& state) const;

 private:
  const ModelData& model_;
  LabelSet labels_;
  FeatureExtractor extractor_;
  ViterbiDecoder decoder_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_SEQUENCE_LABELER_H_
