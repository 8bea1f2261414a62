// Fitting the weight of each dating evidence source (the exponent of its likelihood in the
// posterior) on held-out training articles, and the cross-fitted training that produces them:
// the fit articles are split into folds; a model trained without a fold supplies that fold's
// evidence, so that the vocabulary and the neighbours are judged on articles they never saw.
#ifndef LAGEBILD_TIME_DATE_MODEL_WEIGHTS_H_
#define LAGEBILD_TIME_DATE_MODEL_WEIGHTS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "time/date_model.h"
#include "time/date_model_corpus.h"
#include "time/date_model_train.h"
#include "time/dating_combine.h"

namespace lagebild::dating {

// One fit article's evidence, summed per source: log(likelihood / max) per month.
struct FitCase {
  std::vector<MonthVector> by_source;  // [source], empty vector when the source is silent
  int truth = 0;                       // grid month
};

FitCase make_fit_case(const std::vector<EvidenceItem>& items, int truth);

// Coordinate ascent on the mean log posterior of the true month (over a grid of weights per
// source, three rounds); deterministic. `log` gets one line per round.
SourceWeights fit_source_weights(const std::vector<FitCase>& cases,
                                 const std::function<void(const std::string&)>& log);

// Trains on `train`; for each fold, trains without that fold's articles and collects their
// evidence; fits the weights on all folds' cases and stores them in the returned model (trained
// on all of `train`). No folds: weights stay 1.
std::shared_ptr<DatingModel> train_and_fit(
    const std::vector<const DatedArticle*>& train,
    const std::vector<std::vector<const DatedArticle*>>& folds, const DatingTrainOptions& options,
    const std::string& training_data, const std::function<void(const std::string&)>& log);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATE_MODEL_WEIGHTS_H_
