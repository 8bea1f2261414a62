// lagebild — the German temporal tagger: time expressions as TIMEX3 values.
//
// What it finds. Dates (am 2. Juli 2025, 5.9.2025, im März 2023, Ende 2024, Anfang der 1990er
// Jahre, gestern, am Freitag, vergangene Woche, Mitte November, im Sommer), times (um 17 Uhr,
// 23.30 Uhr, am Morgen, Montagabend, in der Nacht auf Samstag), durations (seit über 14 Monaten,
// zweieinhalb Jahre, einer Woche), sets (täglich, jede Woche, jeden Montag) and vague references
// (derzeit, bislang, künftig). Each becomes a Timex in Document::timexes with TIMEX3 attributes:
//   type   DATE, TIME, DURATION or SET
//   value  2025-07-02, 2025-07, 2025, 2025-W27, 2025-W27-WE, 2023-SU, 199 (the 1990s), 19 (the
//          20th century), BC0481, 2025-07-02TMO, 2025-07-02T17:00, P14M, P2Y6M, PXY, P1D (a SET:
//          "täglich"), XXXX-WXX-1 (a SET: "jeden Montag"), PRESENT_REF, PAST_REF, FUTURE_REF
//   mod    START, MID, END (Anfang/Mitte/Ende), APPROX, MORE_THAN, LESS_THAN, or empty
//   anchor for a DURATION tied to a dated event of data/kb/events.tsv (see below), the event's
//          date; else empty
// Extents follow TIMEX3 and TIMEX2 practice: the preposition or article before an expression is
// not part of it ("am [2. Juli 2025]", "seit [über 14 Monaten]", "in der [Nacht auf Samstag]").
// Ranges are two expressions, as TimeML marks them: "vom [1.] bis [3. Mai]", "[1939]–[1945]",
// "zwischen [17] und [23 Uhr]"; the first inherits month and year from the second.
//
// Conventions chosen where TIMEX3 leaves room:
//   - fractions of a unit become whole smaller units: zweieinhalb Jahre = P2Y6M (not P2.5Y),
//     anderthalb Tage = P1DT12H, as WikiWarsDE annotates them;
//   - "in der Nacht auf/zum Samstag" is the night that starts on Friday: FRIDAY-DATE + "TNI";
//   - a reference known only to the month (ReferenceDate::day == 0) never yields a day it cannot
//     know: gestern, am Freitag, heute Morgen, um 17 Uhr all become "2023-05" (the month of the
//     reference; near a month boundary that month may be one off). A reference known only to the
//     year reduces such values to the year. Without any reference (year 0) unresolved parts stay
//     unknown: "am Freitag" = XXXX-WXX-5, "im Juni" = XXXX-06, "gestern" = XXXX-XX-XX.
//   - bare months and weekdays take the direction of their sentence: a past-tense sentence (or
//     "seit", "vergangenen") picks the latest one on or before the reference, a future-tense one
//     (wird, soll, plant, "kommenden") the earliest on or after it. With no tense cue a weekday
//     counts as past (news report what happened) and a month stays in the reference's year.
//
// Modes (HeidelTime's "news" and "narratives" domains):
//   kNews       relative expressions anchor on the article date `reference`.
//   kNarrative  they anchor on the last date mentioned before them; before the first one on
//               `reference`, or, when there is no reference, on the first date with a year the
//               text names. "heute"/"jetzt" are PRESENT_REF here, as in historical narratives.
//
// Anchored durations (issue 4, item 2). "seit über 14 Monaten ... Krieg", "im seit mehr als
// dreieinhalb Jahren andauernden russischen Angriffskrieg": when a DURATION has a trigger word of
// a dated event near it (same sentence; data/kb/events.tsv lists events, triggers, context words
// and a source per line), Timex::anchor holds the event's date ("2022-02-24", "2014-02").
// find_anchored_durations() turns those into date estimates for articles without a date: the
// article was written about anchor + duration.
//
// Thread safety. TimexRules is immutable after load() and shared by any number of threads;
// TimexTagger is cheap, holds no per-call state and may also be shared; tag() keeps its state on
// the stack.
//
// Speed. Rules compile into a first-token index: a position is tried only when its token can start
// a rule (a digit, or a word of a lexicon or rule literal, looked up in a hash table), so the text
// is scanned once and most tokens cost one lookup.
#ifndef LAGEBILD_TIMEX_H_
#define LAGEBILD_TIMEX_H_

#include <memory>
#include <string>
#include <vector>

#include "lagebild/document.h"

namespace lagebild {

// The date relative expressions are resolved against. 0 = unknown part; year 0 = no reference.
struct ReferenceDate {
  int year = 0;
  int month = 0;
  int day = 0;

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO string is cut after the day); anything
  // else gives the empty reference.
  static ReferenceDate parse(const std::string& iso);
};

enum class TimexMode { kNews, kNarrative };

struct TimexOptions {
  // kNews anchors relative expressions on the article date; kNarrative on the last date the text
  // mentioned (historical and encyclopaedic text, WikiWarsDE).
  TimexMode mode = TimexMode::kNews;
  // Look for anchored durations (trigger words of data/kb/events.tsv near a DURATION) and fill
  // Timex::anchor. Cheap; off only to measure the tagger alone.
  bool anchor_durations = true;
  // How many tokens around a DURATION are searched for an event trigger word. Eight covers
  // "seit über 14 Monaten andauernden russischen Angriffskrieg" and the usual "Krieg ... seit".
  int anchor_window_tokens = 8;
};

// A rule set compiled from data/de/timex/: lexicons (*.tsv) and pattern rules (rules.txt), plus
// the dated events table. Load once; immutable and thread-safe afterwards.
class TimexRules {
 public:
  // `dir` is usually data_path("de/timex"). `events_path` empty = data_path("kb/events.tsv").
  // Throws lagebild::Error (kInvalidData) naming FILE:LINE and the reason for any broken line: an
  // unknown lexicon, class or normaliser, a malformed pattern, a bad value. Nothing is skipped.
  static std::shared_ptr<const TimexRules> load(const std::string& dir,
                                                const std::string& events_path = "");

  ~TimexRules();
  struct Impl;
  const Impl& impl() const { return *impl_; }

  // Number of pattern rules, for diagnostics.
  size_t rule_count() const;

 private:
  explicit TimexRules(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class TimexTagger {
 public:
  TimexTagger(std::shared_ptr<const TimexRules> rules, TimexOptions options = {});

  // Finds time expressions in doc.text and appends them to doc.timexes (kept ordered by begin).
  // `reference` is the article date in news mode; in narrative mode relative expressions anchor on
  // the last date mentioned before them (falling back to `reference`). Works on the text alone:
  // the tagger has its own light tokenizer (it needs number shapes such as "1.9.39" and "23.30"
  // whole), so doc.sentences and doc.tokens are neither needed nor read.
  void tag(Document& doc, const ReferenceDate& reference) const;

  const TimexOptions& options() const { return options_; }

 private:
  std::shared_ptr<const TimexRules> rules_;
  TimexOptions options_;
};

// A DURATION tied to a dated start event: the article that says "seit über 14 Monaten" of the war
// that began on 2022-02-24 was written on or after 2023-04-24.
struct AnchoredDuration {
  size_t timex = 0;   // index into Document::timexes
  std::string event;  // the event's name from events.tsv ("russische Vollinvasion der Ukraine")
  std::string event_date;  // its date, "2022-02-24" or "2014-02"
  // Where the text's "now" lies if the duration runs from the event to the time of writing:
  // [earliest, latest] as YYYY-MM-DD. "seit 14 Monaten" gives [event + 14 months, event + 15
  // months); MORE_THAN ("seit über") widens the upper end by one more unit; LESS_THAN and APPROX
  // widen both ends by one unit.
  std::string earliest;
  std::string latest;
};

// Reads the anchored durations of an already tagged document (Timex::anchor non-empty).
std::vector<AnchoredDuration> find_anchored_durations(const Document& doc);

}  // namespace lagebild

#endif  // LAGEBILD_TIMEX_H_
