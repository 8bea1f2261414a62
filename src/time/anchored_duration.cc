// find_anchored_durations: from an anchored DURATION to the window in which the article was
// written (event date + duration, widened by the duration's mod).
#include <cmath>
#include <cstdlib>

#include "core/paths.h"
#include "lagebild/timex.h"
#include "time/calendar.h"
#include "time/event_anchors.h"

namespace lagebild {
namespace {

// Months and days of a duration value such as P14M, P2Y6M, P3W, P10D; false for anything else.
bool duration_parts(const std::string& v, int& months, int& days, int& unit_days) {
  months = days = 0;
  unit_days = 0;
  if (v.size() < 3 || v[0] != 'P' || v.find('T') != std::string::npos) return false;
  size_t i = 1;
  while (i < v.size()) {
    size_t j = i;
    while (j < v.size() && v[j] >= '0' && v[j] <= '9') ++j;
    if (j == i || j >= v.size()) return false;
    int n = std::atoi(v.substr(i, j - i).c_str());
    switch (v[j]) {
      case 'Y':
        months += 12 * n;
        unit_days = 365;
        break;
      case 'M':
        months += n;
        unit_days = 30;
        break;
      case 'W':
        days += 7 * n;
        unit_days = 7;
        break;
      case 'D':
        days += n;
        unit_days = 1;
        break;
      default:
        return false;
    }
    i = j + 1;
  }
  return true;
}

const timex::EventTable& default_events() {
  static const timex::EventTable table = timex::EventTable::load(data_path("kb/events.tsv"), false);
  return table;
}

}  // namespace

std::vector<AnchoredDuration> find_anchored_durations(const Document& doc) {
  std::vector<AnchoredDuration> out;
  for (size_t i = 0; i < doc.timexes.size(); ++i) {
    const Timex& t = doc.timexes[i];
    if (t.type != "DURATION" || t.anchor.empty()) continue;
    timex::PartialDate start;
    if (!timex::parse_date_value(t.anchor, start) || !start.has_month()) continue;
    if (start.day == 0) start.day = 15;  // a month-only event: its middle
    int months, days, unit_days;
    if (!duration_parts(t.value, months, days, unit_days)) continue;
    timex::PartialDate now = timex::add_days(timex::add_months(start, months), days);
    long lo = 0, hi = unit_days;  // "seit 14 Monaten": [event + 14 months, + 15 months)
    if (t.mod == "MORE_THAN" || t.mod == "EQUAL_OR_MORE") hi += unit_days;
    if (t.mod == "LESS_THAN" || t.mod == "EQUAL_OR_LESS" || t.mod == "APPROX") lo -= unit_days;
    if (t.mod == "APPROX") hi += 0;
    AnchoredDuration a;
    a.timex = i;
    a.event_date = t.anchor;
    if (const auto* ev = default_events().find_by_date(t.anchor)) a.event = ev->name;
    a.earliest = timex::format_date(timex::add_days(now, lo));
    a.latest = timex::format_date(timex::add_days(now, hi - 1 < lo ? lo : hi - 1));
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace lagebild
