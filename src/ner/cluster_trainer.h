// Learns the word-cluster file (word_clusters.h) from unlabelled text: tokenises the news
// corpora, counts words and their capitalisation, trains skip-gram vectors and clusters them by
// spherical k-means at three granularities (fine words, then the fine centroids into mid and
// coarse groups, so the three levels nest like Brown-cluster prefixes).
#ifndef LAGEBILD_NER_CLUSTER_TRAINER_H_
#define LAGEBILD_NER_CLUSTER_TRAINER_H_

#include <string>
#include <vector>

#include "ner/skipgram_trainer.h"
#include "ner/word_clusters.h"

namespace lagebild::ner {

struct ClusterTrainerOptions {
  std::vector<std::string> corpora;  // JSON Lines news corpora (.jsonl or .jsonl.gz)
  std::vector<std::string>
      token_files;    // extra tokenised text (CoNLL token column), unlabelled use
  int min_count = 5;  // rarer words get no vector: too few contexts to place them
  int fine = 1000;    // clusters over words
  int mid = 200;      // clusters over fine centroids
  int coarse = 40;    // clusters over fine centroids
  int kmeans_iterations = 12;
  SkipgramOptions skipgram;
  bool verbose = true;
};

WordClusters train_word_clusters(const ClusterTrainerOptions& options);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_CLUSTER_TRAINER_H_
