// (e) The vocabulary model as dating evidence: the logistic regression's posterior over its
// trained months, carried onto the whole month grid.
#ifndef LAGEBILD_TIME_DATING_VOCABULARY_H_
#define LAGEBILD_TIME_DATING_VOCABULARY_H_

#include <vector>

#include <lagebild/document.h>

#include "time/date_model.h"
#include "time/dating_evidence.h"
#include "time/dating_tokens.h"

namespace lagebild::dating {

// The model's posterior on the grid. Months after the last trained one get the last month's
// probability times late_decay per month (news vocabulary drifts slowly; the end of the
// training data is not the end of time), months before the first get the smallest trained
// probability; a 2 % uniform share keeps any month reachable by hard evidence.
MonthVector vocabulary_likelihood(const DatingModel& model, const std::vector<double>& posterior);

void vocabulary_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                         const DatingModel& model, std::vector<EvidenceItem>& out);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_VOCABULARY_H_
