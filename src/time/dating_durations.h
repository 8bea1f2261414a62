// (c) Anchored durations as dating evidence: "seit mehr als dreieinhalb Jahren ... Angriffskrieg"
// places the time of writing 3.5–4 years after 2022-02-24.
//
// Two ways in, whichever is available: the timex layer's anchored DURATIONs (Timex::anchor set
// by the tagger from data/kb/events.tsv), or, when the tagger has not run, the dater's own "seit"
// cues matched against the same events table (an event's trigger word and one of its context
// words in the same sentence).
#ifndef LAGEBILD_TIME_DATING_DURATIONS_H_
#define LAGEBILD_TIME_DATING_DURATIONS_H_

#include <memory>
#include <string>
#include <vector>

#include <lagebild/document.h>

#include "time/dating_cues.h"
#include "time/dating_evidence.h"

namespace lagebild::dating {

// A word of the events table: lower case; "krieg*" is a prefix. It matches a token or any
// hyphen-separated part of one ("Ukraine-Krieg").
struct AnchorWord {
  std::string text;
  bool prefix = false;
};

struct AnchorEvent {
  std::string name;
  int day = 0;  // days since 1970-01-01 (the first of the month for a month-only date)
  std::string date;
  std::vector<AnchorWord> triggers;  // one must occur in the sentence of the duration
  std::vector<AnchorWord> context;   // one must occur in the sentence or the article
};

class AnchorEvents {
 public:
  // Reads the events table (DATE, NAME, TRIGGERS, CONTEXT, SOURCE; tab-separated, comma lists,
  // earlier lines win). A missing file gives an empty table (the source is optional); a
  // malformed line throws lagebild::Error naming FILE:LINE.
  static std::shared_ptr<const AnchorEvents> load(const std::string& path);
  const std::vector<AnchorEvent>& events() const { return events_; }

 private:
  std::vector<AnchorEvent> events_;
};

void duration_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                       const std::vector<DateCue>& cues, const AnchorEvents* events,
                       std::vector<EvidenceItem>& out);

// TIMEX3 duration value ("P3Y6M", "P14M", "P2W", "P10D", "P3.5Y") in months, and the rounding
// step of its smallest unit. False when the value is not such a duration.
bool parse_duration_months(const std::string& value, double& months, double& step);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_DURATIONS_H_
