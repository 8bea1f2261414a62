// The days a TIMEX3 date value stands for, to compare dates of different precision by overlap:
// "2025" is 2025-01-01..2025-12-31, "2025-07" the month, "2025-W27" the ISO week.
#ifndef LAGEBILD_STORE_DATE_INTERVAL_H_
#define LAGEBILD_STORE_DATE_INTERVAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace lagebild::store {

struct DateInterval {
  std::string first;  // YYYY-MM-DD, inclusive
  std::string last;   // YYYY-MM-DD, inclusive
  bool overlaps(const DateInterval& o) const { return first <= o.last && o.first <= last; }
};

// Accepts YYYY, YYYY-MM, YYYY-MM-DD (a time after 'T' is ignored: "2025-07-02T17:00" is the
// day), YYYY-Www (ISO week), YYYY-Qn (quarter), YYYY-Hn (half year) and YYYY-SP|SU|FA|WI
// (meteorological seasons; winter runs from December of the year before). nullopt for anything
// else: unresolved (XXXX-07), vague (PAST_REF), BC dates, impossible months or days.
std::optional<DateInterval> date_interval(std::string_view timex_value);

// What the query commands accept for --from/--to: YYYY, YYYY-MM or YYYY-MM-DD only.
std::optional<DateInterval> calendar_interval(std::string_view date);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_DATE_INTERVAL_H_
