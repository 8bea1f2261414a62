#include "ner/viterbi.h"

#include <limits>
#include <map>

#include "ner/vector4.h"

namespace lagebild::ner {
namespace {

constexpr float kNone = -std::numeric_limits<float>::infinity();

}  // namespace

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
  // The predecessor set most labels share: in BIOES {O, E-*, S-*} before O, B-* and S-*; in BIO
  // every label before O and B-*.
  int most = 1;
  for (const auto& [preds, count] : labels_with) {
    if (count > most) {
      shared_preds_ = preds;
      most = count;
    }
  }
  shares_preds_.assign(labels_, 0);
  for (int y = 0; y < labels_; ++y) shares_preds_[y] = most > 1 && preds_of[y] == shared_preds_;
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

void ViterbiDecoder::decode(const float* emissions, int n, const float* transitions,
                            std::vector<uint8_t>& path, std::vector<float>& scores) const {
  const int L = labels_;
  path.assign(static_cast<size_t>(n), 0);
  if (n == 0) return;
  // scores[i * L + y]: the best score of a legal path over tokens 0..i ending in label y. The
  // forward pass keeps only these maxima; the backtrack finds each step's predecessor again, for
  // the one label on the best path, so no backpointer table is filled.
  scores.assign(static_cast<size_t>(n) * L + 4, kNone);
  for (int y = 0; y < L; ++y) {
    scores[y] = may_start_[y] ? transitions[y] + emissions[y] : kNone;
  }
  for (int i = 1; i < n; ++i) {
    const float* prev = &scores[static_cast<size_t>(i - 1) * L];
    float* cur = &scores[static_cast<size_t>(i) * L];
    const float* e = emissions + static_cast<size_t>(i) * L;
    // Labels with the shared predecessor set: maxima over whole transition rows, four labels
    // per SIMD register and eight labels per pass, so that the max chains run in parallel
    // instead of waiting on each other. (Computed for all labels; the others are overwritten.)
    int y = 0;
    for (; y + 8 <= L; y += 8) {
      Float4 top0 = {kNone, kNone, kNone, kNone}, top1 = top0;
      for (const uint8_t p : shared_preds_) {
        const float* t = transitions + static_cast<size_t>(p + 1) * L + y;
        const float from = prev[p];
        const Float4 s0 = from + load4<Float4>(t), s1 = from + load4<Float4>(t + 4);
        top0 = s0 > top0 ? s0 : top0;
        top1 = s1 > top1 ? s1 : top1;
      }
      store4(cur + y, top0);
      store4(cur + y + 4, top1);
    }
    for (; y < L; ++y) {
      float top = kNone;
      for (const uint8_t p : shared_preds_) {
        const float s = prev[p] + transitions[static_cast<size_t>(p + 1) * L + y];
        top = s > top ? s : top;
      }
      cur[y] = top;
    }
    for (y = 0; y < L; ++y) {
      if (!shares_preds_[y]) {
        uint8_t unused;
        cur[y] = best_step(prev, transitions, y, unused);
      }
      cur[y] += e[y];
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
      best_step(&scores[static_cast<size_t>(i - 1) * L], transitions, arg, p);
      arg = p;
    }
  }
}

}  // namespace lagebild::ner
