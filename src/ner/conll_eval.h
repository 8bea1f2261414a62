// Entity-level scoring as CoNLL's conlleval.pl does it: a predicted chunk counts only when its
// span and type match a gold chunk exactly; precision, recall and F1 are micro-averaged over all
// chunks (overall) and computed per type. GermEval 2014's official metric for the outer layer is
// this one.
#ifndef LAGEBILD_NER_CONLL_EVAL_H_
#define LAGEBILD_NER_CONLL_EVAL_H_

#include <array>
#include <cstdint>
#include <vector>

#include "ner/label_set.h"

namespace lagebild::ner {

struct ChunkCounts {
  uint64_t gold = 0;
  uint64_t predicted = 0;
  uint64_t correct = 0;
  double precision() const { return predicted ? double(correct) / double(predicted) : 0.0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class ConllScorer {
 public:
  // Adds one sentence's gold and predicted chunks.
  void add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);

  const ChunkCounts& overall() const { return overall_; }
  const ChunkCounts& type(int t) const { return per_type_[t]; }
  uint64_t sentences() const { return sentences_; }

 private:
  ChunkCounts overall_;
  std::array<ChunkCounts, kTypeCount> per_type_{};
  uint64_t sentences_ = 0;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_CONLL_EVAL_H_
