// Anchored durations: a DURATION next to a trigger word of a dated event ("seit über 14 Monaten
// ... Angriffskrieg") gets the event's date as its anchor (issue 4, item 2).
// The events live in data/kb/events.tsv, one per line:
//   DATE <TAB> NAME <TAB> TRIGGERS <TAB> CONTEXT <TAB> SOURCE
// TRIGGERS and CONTEXT are comma-separated lower-case words; a trailing * makes a prefix. An event
// applies when one of its triggers is near the duration and, if CONTEXT is not empty, one of its
// context words occurs in the same sentence (preferred) or elsewhere in the article. Earlier lines
// win ties, so specific events come before general ones.
#ifndef LAGEBILD_TIME_EVENT_ANCHORS_H_
#define LAGEBILD_TIME_EVENT_ANCHORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lagebild/document.h"

namespace lagebild::timex {

struct Scan;

struct WordPattern {
  std::string text;
  bool prefix = false;
  bool matches(std::string_view word) const {
    return prefix ? word.substr(0, text.size()) == text : word == text;
  }
};

struct DatedEvent {
  std::string date;  // "2022-02-24" or "2014-02"
  std::string name;
  std::vector<WordPattern> triggers;
  std::vector<WordPattern> context;
  std::string source;
};

struct EventTable {
  std::vector<DatedEvent> events;
  // Throws lagebild::Error naming FILE:LINE for a malformed line. A missing file gives an empty
  // table only when `required` is false.
  static EventTable load(const std::string& path, bool required);
  const DatedEvent* find_by_date(std::string_view date) const;
};

// Sets Timex::anchor on the DURATIONs among doc.timexes[first..] that sit next to an event trigger
// (within `window` tokens, same sentence) and read as "since then" ("seit", "nach", or an
// "andauernden"-like word after them).
void anchor_durations(const EventTable& table, const Scan& scan, Document& doc, size_t first,
                      int window);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_EVENT_ANCHORS_H_
