#include "ner/kmeans.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>

namespace lagebild::ner {
namespace {

// Dot product with eight independent sums: without -ffast-math the compiler may not reorder a
// single float sum, and the assignment step is nearly all dot products.
float dot8(const float* a, const float* b, size_t n) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    for (size_t k = 0; k < 8; ++k) acc[k] += a[i + k] * b[i + k];
  }
  float sum = 0;
  for (; i < n; ++i) sum += a[i] * b[i];
  for (float x : acc) sum += x;
  return sum;
}

}  // namespace

void normalise_rows(std::vector<float>& vectors, size_t dim) {
  for (size_t r = 0; r + dim <= vectors.size(); r += dim) {
    double norm = 0;
    for (size_t k = 0; k < dim; ++k) norm += double(vectors[r + k]) * vectors[r + k];
    if (norm <= 0) continue;
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (size_t k = 0; k < dim; ++k) vectors[r + k] *= inv;
  }
}

std::vector<uint16_t> spherical_kmeans(const std::vector<float>& vectors, size_t dim,
                                       const std::vector<float>& weights, const KMeansOptions& o,
                                       std::vector<float>* centroids_out, bool verbose) {
  const size_t n = vectors.size() / dim;
  const size_t k = std::min(static_cast<size_t>(o.clusters), n);
  std::vector<uint16_t> assign(n, 0);
  if (k == 0) return assign;
  // Initial centroids: k distinct vectors drawn with a fixed-seed generator (mt19937_64's output
  // is fixed by the standard; the reduction to an index below is our own, so it is too).
  std::mt19937_64 rng(o.seed);
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (size_t i = 0; i < k; ++i) std::swap(order[i], order[i + rng() % (n - i)]);
  std::vector<float> c(k * dim);
  for (size_t i = 0; i < k; ++i) {
    std::copy_n(&vectors[order[i] * dim], dim, &c[i * dim]);
  }
  for (int it = 0; it < o.iterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* v = &vectors[i * dim];
      float best = -2.0f;
      size_t best_j = 0;
      for (size_t j = 0; j < k; ++j) {
        const float* cj = &c[j * dim];
        const float dot = dot8(v, cj, dim);
        if (dot > best) {
          best = dot;
          best_j = j;
        }
      }
      changed += assign[i] != best_j;
      assign[i] = static_cast<uint16_t>(best_j);
    }
    std::vector<double> sum(k * dim, 0.0);
    for (size_t i = 0; i < n; ++i) {
      const double w = weights.empty() ? 1.0 : weights[i];
      for (size_t d = 0; d < dim; ++d) sum[assign[i] * dim + d] += w * vectors[i * dim + d];
    }
    for (size_t j = 0; j < k; ++j) {
      double norm = 0;
      for (size_t d = 0; d < dim; ++d) norm += sum[j * dim + d] * sum[j * dim + d];
      if (norm <= 0) continue;  // empty cluster keeps its old centroid
      for (size_t d = 0; d < dim; ++d) {
        c[j * dim + d] = static_cast<float>(sum[j * dim + d] / std::sqrt(norm));
      }
    }
    if (verbose) std::fprintf(stderr, "k-means %zu: round %d, %zu moved\n", k, it + 1, changed);
    if (it > 0 && changed == 0) break;
  }
  if (centroids_out) *centroids_out = std::move(c);
  return assign;
}

}  // namespace lagebild::ner
