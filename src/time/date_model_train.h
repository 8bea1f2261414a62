// Training of the dating model: the offset tables of the explicit-date cues (histograms of
// publication − mentioned date over the training articles) and the vocabulary model over months
// with soft labels spread over neighbouring months: multinomial Naive Bayes (default; one pass,
// about a minute) or logistic regression by averaged SGD (`--method lr`; as accurate on the
// tuning slice, six times slower). Deterministic: the same corpora and options give the same
// file.
#ifndef LAGEBILD_TIME_DATE_MODEL_TRAIN_H_
#define LAGEBILD_TIME_DATE_MODEL_TRAIN_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "time/date_model.h"
#include "time/date_model_corpus.h"

namespace lagebild::dating {

struct DatingTrainOptions {
  // Months before this year are too sparse (a few archive pieces) to be classes of their own;
  // their articles still feed the offset tables.
  int first_class_year = 2014;
  // A word must occur in this many training articles to be a feature: rarer words are mostly
  // typos and one-off names that only fit noise.
  int min_df = 4;
  // Vocabulary cap, most frequent first; it bounds the model at ~13 MB (int16 weights).
  int max_features = 50000;
  // Words in more than this share of articles carry no date (and, and, and).
  double max_df_share = 0.5;
  // "nb": multinomial Naive Bayes on word presence, counts spread over neighbouring months;
  // "lr": multinomial logistic regression by averaged SGD.
  std::string method = "nb";
  // Naive Bayes additive smoothing per feature and class.
  double nb_alpha = 0.1;
  int epochs = 8;
  double learning_rate = 4.0;  // chosen on the tuning slice (0.5 underfits badly)
  // Soft labels: the gold month gets most of the target mass, its neighbours some, so that a
  // near miss costs less than a far one and sparse months borrow strength (σ in months).
  double label_sigma = 0.8;
  // Posterior temperature and the per-month decay after the last trained month (see dating.h).
  double temperature = 1.0;
  double late_decay = 0.9;
  uint32_t seed = 20250101;
};

// `log` receives progress lines. `training_data` is recorded in the model.
std::shared_ptr<DatingModel> train_dating_model(const std::vector<const DatedArticle*>& articles,
                                                const DatingTrainOptions& options,
                                                const std::string& training_data,
                                                const std::function<void(const std::string&)>& log);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATE_MODEL_TRAIN_H_
