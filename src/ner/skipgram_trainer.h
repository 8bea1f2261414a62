// Word vectors by skip-gram with negative sampling (Mikolov et al. 2013, the word2vec recipe:
// dynamic window, frequent-word subsampling, unigram^0.75 noise, linearly decaying rate).
// Single-threaded with its own random generator, so that a fixed seed gives the same vectors on
// every machine; the vectors only feed k-means clustering (cluster_trainer.h).
#ifndef LAGEBILD_NER_SKIPGRAM_TRAINER_H_
#define LAGEBILD_NER_SKIPGRAM_TRAINER_H_

#include <cstdint>
#include <vector>

namespace lagebild::ner {

struct SkipgramOptions {
  int dim = 100;                 // word2vec's default; enough to separate names from nouns
  int window = 5;                // +-5 words, shrunk at random per position as in word2vec
  int negative = 5;              // noise words per positive pair
  int epochs = 3;                // 3 passes over ~20 M tokens keep training under ~10 minutes
  double subsample = 1e-4;       // drops most "der", "die", "und" occurrences
  float learning_rate = 0.025f;  // word2vec's skip-gram default, decayed linearly to 0
  uint64_t seed = 20141;         // fixed: the committed clusters are reproducible
};

// `stream` holds word ids in [0, counts.size()) with -1 marking a sentence boundary.
// Returns counts.size() * dim floats, row-major.
std::vector<float> train_skipgram(const std::vector<int32_t>& stream,
                                  const std::vector<uint64_t>& counts,
                                  const SkipgramOptions& options, bool verbose);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_SKIPGRAM_TRAINER_H_
