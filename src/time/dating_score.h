// Scoring document dating against dated articles (issue 4): hide each article's date, infer it,
// compare. The metrics of the field: year accuracy, exact-month accuracy, within-one-month
// accuracy (|predicted − true| ≤ 1 month) and the median absolute error in days (from the
// predicted day, or the middle of the predicted month, to the true day).
#ifndef LAGEBILD_TIME_DATING_SCORE_H_
#define LAGEBILD_TIME_DATING_SCORE_H_

#include <functional>
#include <string>
#include <vector>

#include <lagebild/dating.h>

#include "time/date_model_corpus.h"

namespace lagebild::dating {

struct DatingScore {
  size_t n = 0;
  double year_accuracy = 0;
  double month_accuracy = 0;
  double within_one_month = 0;
  double median_days = 0;
  double mean_confidence = 0;
  // Cost: CPU seconds spent in DocumentDater::infer (summed over threads) and the text bytes
  // it read, so that a figure per 5 KB article can be given.
  double cpu_seconds = 0;
  size_t text_bytes = 0;
};

struct DatingPrediction {
  const DatedArticle* article = nullptr;
  DocumentDate date;
};

// Dates every article with `dater` (in parallel on `threads` threads) and scores the result.
// `each` sees every prediction, in input order, when given.
DatingScore score_dating(const DocumentDater& dater,
                         const std::vector<const DatedArticle*>& articles, int threads,
                         const std::function<void(const DatingPrediction&)>& each = nullptr);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_SCORE_H_
