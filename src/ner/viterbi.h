// First-order Viterbi decoding over a label set with forbidden transitions (an I- label only
// after B- or I- of its type; in BIOES a chunk must be closed by E- or S-). Searching only legal
// paths means every output is a well-formed chunk sequence.
//
// Speed: most labels share one set of legal predecessors (in BIOES, O, B-* and S-* all follow
// O, E-* or S-*). decode() takes the maxima for those labels over a packed block of their
// transition scores, four labels per SIMD register, and only the few other labels
// (I-*, E-*: two predecessors each) one by one. The forward pass keeps only the path scores; the
// backtrack finds each step's best predecessor again for the one label on the path, so no
// backpointer table is filled.
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

  // Transition scores laid out for decode(); build once per set of scores (say, per model).
  struct Transitions {
    const float* raw = nullptr;  // (L + 1) x L, as given to prepare()
    std::vector<float> shared;   // shared predecessor k -> shared label j: [k * width + j]
    std::vector<float> other;    // the other labels' steps, in the order of other_steps_
  };
  // `transitions`: (L + 1) x L, row 0 scores the sentence start, row p + 1 the step from label
  // p. It must outlive the result.
  Transitions prepare(const float* transitions) const;

  // `emissions`: n x L scores, row-major. Writes the best legal path to `path` (n labels); among
  // equal scores the lowest label ids win. `scores` is per-call space (reuse it across calls on
  // one thread).
  void decode(const float* emissions, int n, const Transitions& transitions,
              std::vector<uint8_t>& path, std::vector<float>& scores) const;
  // The same for scores that change between calls (training).
  void decode(const float* emissions, int n, const float* transitions, std::vector<uint8_t>& path,
              std::vector<float>& scores) const {
    decode(emissions, n, prepare(transitions), path, scores);
  }

 private:
  // The best score of label y after `prev` (one row of path scores), and in `arg` its first
  // best predecessor.
  float best_step(const float* prev, const float* transitions, int y, uint8_t& arg) const;
  // top[j] = the best score of shared label j after `prev`, without its emission; `block` is
  // Transitions::shared.
  void forward_shared(const float* prev, const float* block, float* top) const;

  int labels_;
  // Legal previous labels of label y: pred_[pred_begin_[y] .. pred_begin_[y + 1]), flat so that
  // the inner loop reads one array.
  std::vector<uint8_t> pred_;
  std::vector<uint32_t> pred_begin_;
  std::vector<uint8_t> may_start_, may_end_;
  // The predecessor set most labels share, the labels that have it (in increasing order, padded
  // to a multiple of four, `width_`, in Transitions::shared), and the other labels.
  std::vector<uint8_t> shared_preds_;
  std::vector<uint8_t> shared_labels_;
  std::vector<uint8_t> other_labels_;
  // The other labels' legal steps, flat: label other_labels_[k] comes from the predecessors
  // other_steps_[other_begin_[k] .. other_begin_[k + 1]).
  std::vector<uint8_t> other_steps_;
  std::vector<uint32_t> other_begin_;
  int width_ = 0;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_VITERBI_H_
