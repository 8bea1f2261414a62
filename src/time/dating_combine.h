// Gathering the evidence of document dating and combining it into a posterior over months.
// Shared by DocumentDater (inference) and `train dating` (which fits the weight of each source
// on held-out training articles from exactly these likelihoods).
#ifndef LAGEBILD_TIME_DATING_COMBINE_H_
#define LAGEBILD_TIME_DATING_COMBINE_H_

#include <array>
#include <memory>
#include <vector>

#include <lagebild/dating.h>

#include "time/date_model.h"
#include "time/dating_cues.h"
#include "time/dating_durations.h"
#include "time/dating_evidence.h"
#include "time/dating_offices.h"

namespace lagebild::dating {

using SourceWeights = std::array<float, kSourceCount>;

class EvidenceCollector {
 public:
  // Loads the events and office tables the options ask for; `model` may be null.
  EvidenceCollector(std::shared_ptr<const DatingModel> model,
                    const DocumentDater::Options& options);

  // Every piece of evidence in the article; its date cues go to `cues` when given.
  std::vector<EvidenceItem> collect(const Document& doc,
                                    std::vector<DateCue>* cues = nullptr) const;

  const DatingModel* model() const { return model_.get(); }
  // The model's source weights, or all 1 without a model.
  SourceWeights weights() const;

 private:
  std::shared_ptr<const DatingModel> model_;
  DocumentDater::Options options_;
  std::shared_ptr<const AnchorEvents> events_;
  std::shared_ptr<const OfficeTenures> offices_;
  DatingModel::Tables default_tables_ = default_offset_tables();
};

// Σ over items of weight(source) · log(likelihood / its maximum), per month: the unnormalised
// log posterior (a flat prior over the grid).
MonthVector log_posterior(const std::vector<EvidenceItem>& items, const SourceWeights& weights);

// Normalises a log posterior; `best` receives its maximum (ties go to the earliest month).
MonthVector normalise_posterior(const MonthVector& log_post, int& best);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_COMBINE_H_
