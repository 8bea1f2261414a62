// Trains the NER model: an averaged structured perceptron (Collins 2002) over first-order label
// sequences, decoded by the same constrained Viterbi the tagger uses. Averaging uses the
// lazy-update trick (Daumé's thesis, 2006): keep w and the time-weighted sum u of updates, the
// average is w - u / c. Deterministic: sentences are shuffled each epoch by a fixed-seed
// generator, features are numbered in order of first appearance.
#ifndef LAGEBILD_NER_PERCEPTRON_TRAINER_H_
#define LAGEBILD_NER_PERCEPTRON_TRAINER_H_

#include <string>
#include <vector>

#include "ner/conll_reader.h"
#include "ner/model_data.h"

namespace lagebild::ner {

struct NerTrainerOptions {
  int epochs = 12;        // held-out F1 (every 10th train sentence) flattens out by then
  uint64_t seed = 20141;  // shuffling; fixed so that the committed model is reproducible
  // Independent training runs (run r shuffles with seed + r) whose averaged weights are
  // averaged again: a cheap ensemble that also evens out the luck of one shuffling.
  int runs = 1;
  LabelScheme scheme = LabelScheme::kBioes;  // BIOES beat BIO on the held-out slice
  FeatureOptions features;
  // Weights whose averaged magnitude is below this are dropped from the saved model: they
  // barely change any decision and would triple the file size.
  float min_weight = 0.0f;
  // If > 0, every holdout_every-th sentence is held out of training and scored after each epoch
  // (for choosing epochs and features without touching GermEval dev).
  int holdout_every = 0;
  // Feature dropout (feature bagging, Sutton et al. 2006; dropout, Wager et al. 2013): each
  // feature occurrence is left out of a training step's prediction and update with this
  // probability, so that the word-identity features do not absorb every update and the
  // generalising ones (clusters, shapes, name lists, label statistics), which are what an
  // unseen name has, learn too. Same feature templates, so tagging costs about the same (the
  // model keeps more non-zero weights). The half taggers of label_stats_trainer.h use it too.
  float dropout = 0.0f;
  // Type weights (label factorisation): every feature also has one weight per entity type,
  // shared by the B, I, E and S labels of that type, so that what a mention's first token
  // teaches about its type also counts at its other tokens (and the reverse). They are folded
  // into the label weights when the model is saved, so the model file and tagging are the same
  // as without them. The half taggers of label_stats_trainer.h use them too.
  bool type_weights = false;
  std::string training_data;  // name recorded in the model
  bool verbose = true;
};

// `lexicon` (`gazetteer`) may be null when options.features.use_lexicon (use_gazetteer) is
// false. The returned model holds copies of both. `sentence_lexicons`, when given, holds one
// lexicon per sentence that replaces `lexicon` for that sentence's features while training (the
// jackknifed label statistics of label_stats.h); the model still gets `lexicon`.
ModelData train_ner_model(const std::vector<ConllSentence>& sentences, const WordLexicon* lexicon,
                          const Gazetteer* gazetteer, const NerTrainerOptions& options,
                          const std::vector<const WordLexicon*>* sentence_lexicons = nullptr);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_PERCEPTRON_TRAINER_H_
