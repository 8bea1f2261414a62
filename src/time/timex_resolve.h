// Normalisers: turn a matched pattern into TIMEX3 type/value/mod, resolving relative expressions
// against the reference date (news) or the last mentioned date (narrative).
#ifndef LAGEBILD_TIME_TIMEX_RESOLVE_H_
#define LAGEBILD_TIME_TIMEX_RESOLVE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lagebild/document.h"
#include "lagebild/timex.h"
#include "time/calendar.h"
#include "time/timex_matcher.h"

namespace lagebild::timex {

// Per-call state of one tag() run.
struct ResolveState {
  const TimexRules::Impl& rules;
  const Scan& scan;
  std::string_view text;
  TimexMode mode = TimexMode::kNews;
  PartialDate reference;  // the article date (news) or the starting anchor (narrative)
  PartialDate narrative;  // narrative mode: the last date mentioned
  // News mode: the last date with a day in the current sentence, so that "am 2. Juli um 17 Uhr"
  // gives 2025-07-02T17:00 rather than the article's day.
  PartialDate sentence_day;
  uint32_t sentence_day_sentence = UINT32_MAX;
  std::vector<int8_t> tense_cache;  // per sentence: -2 unknown yet, -1 past, 0 none, 1 future

  ResolveState(const TimexRules::Impl& r, const Scan& s, std::string_view t)
      : rules(r), scan(s), text(t) {}
};

// Appends the expressions `m` stands for (usually one; two for ranges) to `out`. Returns false
// (and appends nothing) when the normaliser rejects the match, e.g. "2000 Soldaten" as a year.
bool normalise(const Match& m, ResolveState& state, std::vector<Timex>& out);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_TIMEX_RESOLVE_H_
