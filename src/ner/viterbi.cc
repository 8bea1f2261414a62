#include "ner/viterbi.h"

#include <limits>

namespace lagebild::ner {

ViterbiDecoder::ViterbiDecoder(const LabelSet& labels) : labels_(labels.size()) {
  may_start_.resize(labels_);
  pred_begin_.push_back(0);
  may_end_.resize(labels_);
  for (int next = 0; next < labels_; ++next) {
    may_start_[next] = labels.allowed(-1, next);
    may_end_[next] = labels.may_end(next);
    for (int prev = 0; prev < labels_; ++prev) {
      if (labels.allowed(prev, next)) pred_.push_back(static_cast<uint8_t>(prev));
    }
    pred_begin_.push_back(static_cast<uint32_t>(pred_.size()));
  }
}

void ViterbiDecoder::decode(const float* emissions, int n, const float* transitions,
                            std::vector<uint8_t>& path, std::vector<float>& scratch,
                            std::vector<uint8_t>& back) const {
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  const int L = labels_;
  path.assign(static_cast<size_t>(n), 0);
  if (n == 0) return;
  scratch.assign(static_cast<size_t>(2 * L), kNone);
  back.assign(static_cast<size_t>(n) * static_cast<size_t>(L), 0);
  float* prev = scratch.data();
  float* cur = scratch.data() + L;
  for (int y = 0; y < L; ++y) {
    prev[y] = may_start_[y] ? transitions[y] + emissions[y] : kNone;
  }
  for (int i = 1; i < n; ++i) {
    const float* e = emissions + static_cast<size_t>(i) * L;
    uint8_t* b = &back[static_cast<size_t>(i) * L];
    for (int y = 0; y < L; ++y) {
      float best = kNone;
      uint8_t arg = 0;
      const float* t = transitions + L + y;  // t[p * L] scores p -> y
      for (uint32_t k = pred_begin_[y]; k < pred_begin_[y + 1]; ++k) {
        const uint8_t p = pred_[k];
        const float s = prev[p] + t[p * L];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + e[y];
      b[y] = arg;
    }
    std::swap(prev, cur);
  }
  float best = kNone;
  int arg = 0;
  for (int y = 0; y < L; ++y) {
    if (may_end_[y] && prev[y] > best) {
      best = prev[y];
      arg = y;
    }
  }
  for (int i = n - 1; i >= 0; --i) {
    path[static_cast<size_t>(i)] = static_cast<uint8_t>(arg);
    if (i > 0) arg = back[static_cast<size_t>(i) * L + arg];
  }
}

}  // namespace lagebild::ner
