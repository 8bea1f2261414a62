#include "ner/sequence_labeler.h"

namespace lagebild::ner {

SequenceLabeler::SequenceLabeler(const ModelData& model)
    : model_(model),
      labels_(model.scheme),
      extractor_(model.features, &model.lexicon, &model.gazetteer),
      decoder_(labels_) {}

const std::vector<uint8_t>& SequenceLabeler::label(const std::vector<std::string_view>& tokens,
                                                   TaggingState& s) const {
  const int n = static_cast<int>(tokens.size());
  const int L = labels_.size();
  extractor_.extract(tokens, s.features);
  // Integer sums of the quantised weights, scaled once per token.
  // Three passes so that the cache misses of a sentence overlap: prefetch the slots, look them
  // up and prefetch the weight rows, then add the weights.
  const auto& table = model_.feature_table;
  for (uint64_t h : s.features.hashes) table.prefetch(h);
  s.rows.resize(s.features.hashes.size());
  for (size_t f = 0; f < s.features.hashes.size(); ++f) {
    s.rows[f] = table.find(s.features.hashes[f]);
    if (s.rows[f].size) __builtin_prefetch(&model_.entries[s.rows[f].begin]);
  }
  s.sums.assign(static_cast<size_t>(n) * L, 0);
  for (int i = 0; i < n; ++i) {
    int32_t* row = &s.sums[static_cast<size_t>(i) * L];
    for (uint32_t f = s.features.offsets[i]; f < s.features.offsets[i + 1]; ++f) {
      const WeightEntry* e = model_.entries.data() + s.rows[f].begin;
      for (uint32_t k = 0; k < s.rows[f].size; ++k) row[e[k].label] += e[k].value;
    }
  }
  s.emissions.resize(s.sums.size());
  for (size_t i = 0; i < s.sums.size(); ++i) {
    s.emissions[i] = static_cast<float>(s.sums[i]) * model_.scale;
  }
  decoder_.decode(s.emissions.data(), n, model_.transitions.data(), s.path, s.scratch,
                  s.backpointers);
  return s.path;
}

std::vector<Chunk> SequenceLabeler::chunks(const std::vector<std::string_view>& tokens,
                                           TaggingState& state) const {
  return labels_.decode(label(tokens, state));
}

}  // namespace lagebild::ner
