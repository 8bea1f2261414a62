// First-order Viterbi decoding over a label set with forbidden transitions (an I- label only
// after B- or I- of its type; in BIOES a chunk must be closed by E- or S-). Searching only legal
// paths means every output is a well-formed chunk sequence.
#ifndef LAGEBILD_NER_VITERBI_H_
#define LAGEBILD_NER_VITERBI_H_

#include <cstdint>
#include <vector>

#include "ner/label_set.h"

namespace lagebild::ner {

class ViterbiDecoder {
 public:
  explicit ViterbiDecoder(const LabelSet& labels);

  int label_count() const { return labels_; }

  // `emissions`: n x L scores, row-major. `transitions`: (L + 1) x L, row 0 scores the sentence
  // start, row p + 1 the step from label p. Writes the best legal path to `path` (n labels);
  // among equal scores the lowest label ids win. `scores` is per-call space (reuse it across
  // calls on one thread).
  void decode(const float* emissions, int n, const float* transitions, std::vector<uint8_t>& path,
              std::vector<float>& scores) const;

 private:
  int labels_;
  // Legal previous labels of label y: pred_[pred_begin_[y] .. pred_begin_[y + 1]), flat so that
  // the inner loop reads one array.
  std::vector<uint8_t> pred_;
  std::vector<uint32_t> pred_begin_;
  // The best score of label y after `prev` (one row of path scores), and in `arg` its first
  // best predecessor.
  float best_step(const float* prev, const float* transitions, int y, uint8_t& arg) const;

  std::vector<uint8_t> may_start_, may_end_;
  // The predecessor set most labels share (decode() handles those labels together), and for each
  // label whether it is one of them.
  std::vector<uint8_t> shared_preds_;
  std::vector<uint8_t> shares_preds_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_VITERBI_H_
