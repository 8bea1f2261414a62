#include "ner/viterbi.h"

#include <limits>
#include <map>

#include "ner/vector4.h"

namespace lagebild::ner {
namespace {

constexpr float kNone = -std::numeric_limits<float>::infinity();

// top[0 .. 4V) = for each label j of the block, the maximum over the shared predecessors k of
// prev[preds[k]] + block[k * stride + j]. The V registers of maxima stay in registers while the
// predecessors go by, so each predecessor costs one broadcast and V additions and maxima.
// `a > b ? a : b` is the SIMD max instruction's own definition, so the compiler can use it.
template <int V>
void shared_maxima(const float* prev, const float* block, size_t stride,
                   const std::vector<uint8_t>& preds, float* top) {
  Float4 acc[V];
#pragma GCC unroll 8
  for (int v = 0; v < V; ++v) acc[v] = Float4{kNone, kNone, kNone, kNone};
  for (const uint8_t p : preds) {
    const float from = prev[p];
#pragma GCC unroll 8
    for (int v = 0; v < V; ++v) {
      const Float4 s = from + load4<Float4>(block + 4 * v);
      acc[v] = acc[v] > s ? acc[v] : s;
    }
    block += stride;
  }
#pragma GCC unroll 8
  for (int v = 0; v < V; ++v) store4(top + 4 * v, acc[v]);
}

}  // namespace

void ViterbiDecoder::forward_shared(const float* prev, const float* block, float* top) const {
  const size_t stride = static_cast<size_t>(width_);
  const auto& preds = shared_preds_;
  int j = 0;
  for (; width_ - j >= 32; j += 32) shared_maxima<8>(prev, block + j, stride, preds, top + j);
  switch ((width_ - j) / 4) {
    case 1:
      return shared_maxima<1>(prev, block + j, stride, preds, top + j);
    case 2:
      return shared_maxima<2>(prev, block + j, stride, preds, top + j);
    case 3:
      return shared_maxima<3>(prev, block + j, stride, preds, top + j);
    case 4:
      return shared_maxima<4>(prev, block + j, stride, preds, top + j);
    case 5:
      return shared_maxima<5>(prev, block + j, stride, preds, top + j);
    case 6:
      return shared_maxima<6>(prev, block + j, stride, preds, top + j);
    case 7:
      return shared_maxima<7>(prev, block + j, stride, preds, top + j);
    default:
      return;
  }
}

ViterbiDecoder::ViterbiDecoder(const LabelSet& labels) : labels_(labels.size()) {
  may_start_.resize(labels_);
  pred_begin_.push_back(0);
  may_end_.resize(labels_);
  std::vector<std::vector<uint8_t>> preds_of(labels_);
  std::map<std::vector<uint8_t>, int> labels_with;
  for (int next = 0; next < labels_; ++next) {
    may_start_[next] = labels.allowed(-1, next);
    may_end_[next] = labels.may_end(next);
    for (int prev = 0; prev < labels_; ++prev) {
      if (labels.allowed(prev, next)) preds_of[next].push_back(static_cast<uint8_t>(prev));
    }
    pred_.insert(pred_.end(), preds_of[next].begin(), preds_of[next].end());
    pred_begin_.push_back(static_cast<uint32_t>(pred_.size()));
    ++labels_with[preds_of[next]];
  }
  int most = 0;
  for (const auto& [preds, count] : labels_with) {
    if (count > most) {
      shared_preds_ = preds;
      most = count;
    }
  }
  for (int y = 0; y < labels_; ++y) {
    (preds_of[y] == shared_preds_ ? shared_labels_ : other_labels_)
        .push_back(static_cast<uint8_t>(y));
  }
  other_begin_.push_back(0);
  for (const uint8_t y : other_labels_) {
    other_steps_.insert(other_steps_.end(), preds_of[y].begin(), preds_of[y].end());
    other_begin_.push_back(static_cast<uint32_t>(other_steps_.size()));
  }
  width_ = static_cast<int>((shared_labels_.size() + 3) / 4 * 4);
}

ViterbiDecoder::Transitions ViterbiDecoder::prepare(const float* transitions) const {
  Transitions t;
  t.raw = transitions;
  t.shared.assign(shared_preds_.size() * static_cast<size_t>(width_), kNone);
  for (size_t k = 0; k < shared_preds_.size(); ++k) {
    const float* row = transitions + static_cast<size_t>(shared_preds_[k] + 1) * labels_;
    for (size_t j = 0; j < shared_labels_.size(); ++j) {
      t.shared[k * width_ + j] = row[shared_labels_[j]];
    }
  }
  t.other.resize(other_steps_.size());
  for (size_t k = 0; k < other_labels_.size(); ++k) {
    for (uint32_t q = other_begin_[k]; q < other_begin_[k + 1]; ++q) {
      t.other[q] =
          transitions[static_cast<size_t>(other_steps_[q] + 1) * labels_ + other_labels_[k]];
    }
  }
  return t;
}

float ViterbiDecoder::best_step(const float* prev, const float* transitions, int y,
                                uint8_t& arg) const {
  float best = kNone;
  arg = 0;
  const float* t = transitions + labels_ + y;  // t[p * L] scores p -> y
  for (uint32_t k = pred_begin_[y]; k < pred_begin_[y + 1]; ++k) {
    const uint8_t p = pred_[k];
    const float s = prev[p] + t[p * labels_];
    if (s > best) {
      best = s;
      arg = p;
    }
  }
  return best;
}

void ViterbiDecoder::decode(const float* emissions, int n, const Transitions& transitions,
                            std::vector<uint8_t>& path, std::vector<float>& scores) const {
  const int L = labels_;
  const float* raw = transitions.raw;
  path.assign(static_cast<size_t>(n), 0);
  if (n == 0) return;
  // scores[i * L + y]: the best score of a legal path over tokens 0..i ending in label y; then
  // the maxima over the shared predecessors, for the shared labels in their packed order.
  scores.assign(static_cast<size_t>(n) * L + width_, kNone);
  float* top = &scores[static_cast<size_t>(n) * L];
  for (int y = 0; y < L; ++y) {
    scores[y] = may_start_[y] ? raw[y] + emissions[y] : kNone;
  }
  for (int i = 1; i < n; ++i) {
    const float* prev = &scores[static_cast<size_t>(i - 1) * L];
    float* cur = &scores[static_cast<size_t>(i) * L];
    const float* e = emissions + static_cast<size_t>(i) * L;
    forward_shared(prev, transitions.shared.data(), top);
    for (size_t j = 0; j < shared_labels_.size(); ++j) {
      const uint8_t y = shared_labels_[j];
      cur[y] = top[j] + e[y];
    }
    for (size_t k = 0; k < other_labels_.size(); ++k) {
      float best = kNone;
      for (uint32_t q = other_begin_[k]; q < other_begin_[k + 1]; ++q) {
        const float s = prev[other_steps_[q]] + transitions.other[q];
        best = best > s ? best : s;
      }
      cur[other_labels_[k]] = best + e[other_labels_[k]];
    }
  }
  const float* last = &scores[static_cast<size_t>(n - 1) * L];
  float best = kNone;
  int arg = 0;
  for (int y = 0; y < L; ++y) {
    if (may_end_[y] && last[y] > best) {
      best = last[y];
      arg = y;
    }
  }
  // The first maximum in predecessor order, exactly as a backpointer table would have held.
  for (int i = n - 1; i >= 0; --i) {
    path[static_cast<size_t>(i)] = static_cast<uint8_t>(arg);
    if (i > 0) {
      uint8_t p = 0;
      best_step(&scores[static_cast<size_t>(i - 1) * L], raw, arg, p);
      arg = p;
    }
  }
}

}  // namespace lagebild::ner
