// Training with the news label statistics (label_stats.h), jackknifed: the training sentences
// are cut into k contiguous folds; for each fold a tagger without the statistics is trained on
// the other folds and tags the news corpora. A fold's sentences get the statistics of the tagger
// that did not see them (so that no sentence sees statistics from a tagger that memorised it),
// and the final model is trained on all sentences and keeps the mean of all k taggers'
// statistics for tagging.
#ifndef LAGEBILD_NER_LABEL_STATS_TRAINER_H_
#define LAGEBILD_NER_LABEL_STATS_TRAINER_H_

#include <string>
#include <vector>

#include "ner/conll_reader.h"
#include "ner/label_stats.h"
#include "ner/perceptron_trainer.h"

namespace lagebild::ner {

struct LabelStatsOptions {
  std::vector<std::string> corpora;  // news corpora (JSON Lines, see news_corpus.h)
  uint64_t max_tokens = 0;           // tag at most this many corpus tokens (0: all)
  uint32_t min_count = 3;            // words seen fewer times get no statistics
  int folds = 2;                     // jackknife folds (k taggers, each on (k-1)/k of the data)
  // Optional file that keeps the k count tables between runs (a development shortcut: they
  // depend only on the half taggers, not on the final model's features). Read if it exists.
  std::string cache;
};

// `lexicon` holds the word clusters; the returned model's lexicon adds the statistics.
ModelData train_ner_with_label_stats(const std::vector<ConllSentence>& sentences,
                                     const WordLexicon& lexicon, const Gazetteer* gazetteer,
                                     const NerTrainerOptions& options,
                                     const LabelStatsOptions& stats);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_LABEL_STATS_TRAINER_H_
