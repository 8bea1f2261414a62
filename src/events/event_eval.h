// Scoring the events stage against a gold set (data/gold/events/*.jsonl; the format is in
// data/gold/events/README.md). Used by `lagebild eval events` and by the tests.
#ifndef LAGEBILD_EVENTS_EVENT_EVAL_H_
#define LAGEBILD_EVENTS_EVENT_EVAL_H_

#include <functional>
#include <string>
#include <vector>

#include "lagebild/document.h"

namespace lagebild::events {

struct GoldEvent : Span {  // the span is the trigger
  std::string trigger;
  std::string type, mode, source, target, place, date, aux;
  bool negated = false;
};

struct GoldItem {
  std::string id;
  std::string date;  // the article date the item is analysed with, "YYYY-MM-DD" or empty
  std::string text;
  std::vector<GoldEvent> events;
};

// Reads a gold file; trigger spans are found by searching each event's trigger in the item's
// text (the n-th occurrence when "occurrence": n is given). Throws Error naming FILE:LINE.
std::vector<GoldItem> read_event_gold(const std::string& path);

// Events match one to one when their types are equal and their triggers overlap (gold order,
// the first unmatched prediction wins). Precision, recall and F1 are micro-averaged over all
// items. Attribute accuracies are over matched pairs; empty equals empty.
struct EventScores {
  size_t items = 0, gold = 0, predicted = 0, matched = 0;
  size_t source_ok = 0, target_ok = 0, negated_ok = 0, mode_ok = 0, date_ok = 0, place_ok = 0,
         aux_ok = 0;
  double precision() const { return predicted == 0 ? 0.0 : double(matched) / double(predicted); }
  double recall() const { return gold == 0 ? 0.0 : double(matched) / double(gold); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  double accuracy(size_t ok) const { return matched == 0 ? 0.0 : double(ok) / double(matched); }
};

// Runs `analyze` on a Document made from each item (text, given date) and scores its events.
// When `report` is given, one line per error is appended ("e07 missed: ...", "e07 source: ...").
EventScores score_events(const std::vector<GoldItem>& gold,
                         const std::function<void(Document&)>& analyze,
                         std::vector<std::string>* report = nullptr);

}  // namespace lagebild::events

#endif  // LAGEBILD_EVENTS_EVENT_EVAL_H_
