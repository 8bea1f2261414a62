#include "ner/skipgram_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lagebild::ner {
namespace {

// word2vec's linear congruential generator: cheap and identical everywhere.
struct Lcg {
  uint64_t state;
  uint64_t next() {
    state = state * 25214903917ULL + 11;
    return state >> 16;
  }
  float uniform() { return static_cast<float>(next() & 0xFFFF) / 65536.0f; }
};

constexpr int kSigmoidTableSize = 1024;
constexpr float kMaxExp = 6.0f;

}  // namespace

std::vector<float> train_skipgram(const std::vector<int32_t>& stream,
                                  const std::vector<uint64_t>& counts, const SkipgramOptions& o,
                                  bool verbose) {
  const size_t vocab = counts.size();
  const size_t dim = static_cast<size_t>(o.dim);
  Lcg rng{o.seed};
  std::vector<float> in(vocab * dim), out(vocab * dim, 0.0f);
  for (auto& v : in) v = (rng.uniform() - 0.5f) / static_cast<float>(dim);

  // Noise distribution: unigram counts to the power 0.75, as a lookup table.
  std::vector<int32_t> table(10'000'000);
  double norm = 0;
  for (auto c : counts) norm += std::pow(static_cast<double>(c), 0.75);
  {
    size_t w = 0;
    double acc = vocab ? std::pow(static_cast<double>(counts[0]), 0.75) / norm : 1.0;
    for (size_t i = 0; i < table.size(); ++i) {
      table[i] = static_cast<int32_t>(w);
      if (static_cast<double>(i + 1) / static_cast<double>(table.size()) > acc && w + 1 < vocab) {
        ++w;
        acc += std::pow(static_cast<double>(counts[w]), 0.75) / norm;
      }
    }
  }
  std::vector<float> sigmoid(kSigmoidTableSize);
  for (int i = 0; i < kSigmoidTableSize; ++i) {
    const float x = (2.0f * static_cast<float>(i) / kSigmoidTableSize - 1.0f) * kMaxExp;
    sigmoid[i] = 1.0f / (1.0f + std::exp(-x));
  }
  uint64_t total = 0;
  for (auto c : counts) total += c;
  const double threshold = o.subsample * static_cast<double>(total);
  std::vector<float> keep(vocab, 1.0f);
  for (size_t w = 0; w < vocab; ++w) {
    const double f = static_cast<double>(counts[w]);
    if (threshold > 0) keep[w] = static_cast<float>((std::sqrt(f / threshold) + 1) * threshold / f);
  }

  const uint64_t work = static_cast<uint64_t>(o.epochs) * stream.size();
  uint64_t done = 0;
  uint64_t reported = 0;
  std::vector<float> grad(dim);
  std::vector<int32_t> sentence;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    size_t pos = 0;
    while (pos < stream.size()) {
      // One sentence (up to the next boundary), subsampled.
      sentence.clear();
      for (; pos < stream.size() && stream[pos] >= 0; ++pos, ++done) {
        const int32_t w = stream[pos];
        if (keep[w] < 1.0f && keep[w] < rng.uniform()) continue;
        sentence.push_back(w);
      }
      ++pos;
      const float alpha = std::max(
          o.learning_rate * 1e-4f,
          o.learning_rate * (1.0f - static_cast<float>(done) / static_cast<float>(work + 1)));
      const int n = static_cast<int>(sentence.size());
      for (int i = 0; i < n; ++i) {
        const int shrink = static_cast<int>(rng.next() % static_cast<uint64_t>(o.window));
        for (int j = i - o.window + shrink; j <= i + o.window - shrink; ++j) {
          if (j < 0 || j >= n || j == i) continue;
          float* v = &in[static_cast<size_t>(sentence[j]) * dim];
          std::fill(grad.begin(), grad.end(), 0.0f);
          for (int d = 0; d <= o.negative; ++d) {
            int32_t target = sentence[i];
            float label = 1.0f;
            if (d > 0) {
              target = table[rng.next() % table.size()];
              if (target == sentence[i]) continue;
              label = 0.0f;
            }
            float* u = &out[static_cast<size_t>(target) * dim];
            float dot = 0.0f;
            for (size_t k = 0; k < dim; ++k) dot += v[k] * u[k];
            float p;
            if (dot > kMaxExp) {
              p = 1.0f;
            } else if (dot < -kMaxExp) {
              p = 0.0f;
            } else {
              p = sigmoid[static_cast<int>((dot + kMaxExp) * (kSigmoidTableSize / kMaxExp / 2))];
            }
            const float g = (label - p) * alpha;
            for (size_t k = 0; k < dim; ++k) grad[k] += g * u[k];
            for (size_t k = 0; k < dim; ++k) u[k] += g * v[k];
          }
          for (size_t k = 0; k < dim; ++k) v[k] += grad[k];
        }
      }
      if (verbose && done - reported >= 2'000'000) {
        reported = done;
        std::fprintf(stderr, "\rskip-gram: epoch %d, %.1f%%   ", epoch + 1,
                     100.0 * static_cast<double>(done) / static_cast<double>(work));
      }
    }
  }
  if (verbose) std::fprintf(stderr, "\n");
  return in;
}

}  // namespace lagebild::ner
