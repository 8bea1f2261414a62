// (f) Neighbours as dating evidence: the training articles most like this one (tf-idf cosine
// over the vocabulary) vote for their publication months. News about the same events is written
// at the same time, so a close neighbour pins the month far better than word trends do; a
// distant one says little, which the vote's weighting by similarity reflects.
#ifndef LAGEBILD_TIME_DATING_NEIGHBOURS_H_
#define LAGEBILD_TIME_DATING_NEIGHBOURS_H_

#include <cstdint>
#include <vector>

#include <lagebild/document.h>

#include "time/date_model.h"
#include "time/dating_evidence.h"
#include "time/dating_tokens.h"

namespace lagebild::dating {

// How many neighbours vote.
inline constexpr size_t kNeighbourCount = 10;

// The likelihood from neighbours (cosine, month): 1 + kVoteScale Σ cos² K(m − month), with K a
// Gaussian of one month; ratios only matter, and the weight of the source is fitted.
MonthVector neighbour_likelihood(const std::vector<std::pair<float, int>>& votes);

// `ids`: the article's vocabulary feature ids (DatingModel::feature_ids).
void neighbour_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                        const std::vector<uint32_t>& ids, const DatingModel& model,
                        std::vector<EvidenceItem>& out);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_NEIGHBOURS_H_
