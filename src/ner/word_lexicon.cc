#include "ner/word_lexicon.h"

#include "ner/feature_hash.h"

namespace lagebild::ner {

WordLexicon::WordLexicon(const WordClusters& clusters) {
  keys_.reserve(clusters.entries.size());
  infos_.reserve(clusters.entries.size());
  for (const auto& e : clusters.entries) {
    keys_.push_back(hash_text(0, e.word));
    infos_.push_back({e.fine, e.mid, e.coarse, e.cap_permille});
  }
  build_index();
}

WordLexicon::WordLexicon(std::vector<uint64_t> keys, std::vector<WordInfo> infos)
    : keys_(std::move(keys)), infos_(std::move(infos)) {
  build_index();
}

void WordLexicon::set_stats(std::vector<uint64_t> keys, std::vector<LabelStats> stats) {
  stats_keys_ = std::move(keys);
  stats_ = std::move(stats);
  stats_index_ = HashIndex();
  stats_index_.reserve(stats_keys_.size());
  for (size_t i = 0; i < stats_keys_.size(); ++i) {
    stats_index_.insert(stats_keys_[i], static_cast<uint32_t>(i));
  }
  stats_filter_.build(stats_keys_);
}

void WordLexicon::build_index() {
  index_.reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.insert(keys_[i], static_cast<uint32_t>(i));
  filter_.build(keys_);
}

}  // namespace lagebild::ner
