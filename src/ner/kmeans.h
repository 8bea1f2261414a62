// Spherical k-means (cosine similarity on unit vectors), deterministic for a fixed seed.
#ifndef LAGEBILD_NER_KMEANS_H_
#define LAGEBILD_NER_KMEANS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lagebild::ner {

struct KMeansOptions {
  int clusters = 1024;
  int iterations = 12;  // assignments change little after ~10 rounds on word vectors
  uint64_t seed = 20141;
};

// Clusters `n` unit vectors of `dim` floats (row-major), each weighted by `weights` (empty: 1).
// Returns the cluster of each vector; fills `centroids` (clusters * dim) when given.
std::vector<uint16_t> spherical_kmeans(const std::vector<float>& vectors, size_t dim,
                                       const std::vector<float>& weights,
                                       const KMeansOptions& options, std::vector<float>* centroids,
                                       bool verbose);

// Scales each row of `vectors` to unit length (zero rows stay zero).
void normalise_rows(std::vector<float>& vectors, size_t dim);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_KMEANS_H_
