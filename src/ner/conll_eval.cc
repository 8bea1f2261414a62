#include "ner/conll_eval.h"

namespace lagebild::ner {

void ConllScorer::add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
  ++sentences_;
  for (const auto& g : gold) {
    ++overall_.gold;
    ++per_type_[g.type].gold;
  }
  for (const auto& p : predicted) {
    ++overall_.predicted;
    ++per_type_[p.type].predicted;
    // Chunks of one sentence never overlap, so at most one gold chunk can match.
    for (const auto& g : gold) {
      if (g == p) {
        ++overall_.correct;
        ++per_type_[p.type].correct;
        break;
      }
    }
  }
}

}  // namespace lagebild::ner
