// The evidence sources of document dating. Each turns what it finds into likelihoods over the
// month grid, one per piece of evidence, with the span and the reason to show a reader. They
// are independent: the dater multiplies whichever are switched on and available.
#ifndef LAGEBILD_TIME_DATING_EVIDENCE_H_
#define LAGEBILD_TIME_DATING_EVIDENCE_H_

#include <string>
#include <vector>

#include <lagebild/document.h>

#include "time/date_model.h"
#include "time/dating_calendar.h"
#include "time/dating_cues.h"
#include "time/dating_source.h"

namespace lagebild::dating {

struct EvidenceItem {
  Source source = Source::kVocabulary;
  Span span;
  std::string why;
  MonthVector likelihood;  // over the grid; only ratios matter
};

// The latest fully dated month ("2. Juli 2025", "März 2023") and the latest bare year.
const DateCue* latest_dated_cue(const std::vector<DateCue>& cues);
const DateCue* latest_year_cue(const std::vector<DateCue>& cues);

// (a) Explicit dates, years, days with months and month names, through the offset tables.
void explicit_date_evidence(const Document& doc, const std::vector<DateCue>& cues,
                            const DatingModel::Tables& tables, std::vector<EvidenceItem>& out);

// (b) A weekday beside a day and month: only the years where that day is that weekday.
void weekday_evidence(const Document& doc, const std::vector<DateCue>& cues,
                      std::vector<EvidenceItem>& out);

// A duration ending at the publication date: `anchor_day` (days since 1970) plus `months`, with
// the phrase's rounding step and TIMEX3 mod (-1 LESS_THAN, 0 none, +1 MORE_THAN).
MonthVector duration_likelihood(int anchor_day, double months, double step, int mod);

// The likelihood of an office holder's term [from_day, to_day] (to_day < 0: still in office).
MonthVector tenure_likelihood(int from_day, int to_day);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_EVIDENCE_H_
