// Partial ISO dates in office terms and article dates: YYYY, YYYY-MM, YYYY-MM-DD.
#ifndef LAGEBILD_KB_KB_DATES_H_
#define LAGEBILD_KB_KB_DATES_H_

#include <string>
#include <string_view>

namespace lagebild::kb {

// True for YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool is_partial_date(std::string_view s);

// The first and last day a partial date can mean: "2024-05" -> 2024-05-01 / 2024-05-31.
// Days are compared as strings, so "31" for every month is harmless.
std::string first_day(std::string_view partial);
std::string last_day(std::string_view partial);

// The day that stands for a partial article date: YYYY -> YYYY-07-01, YYYY-MM -> YYYY-MM-15.
std::string representative_day(std::string_view partial);

}  // namespace lagebild::kb

#endif  // LAGEBILD_KB_KB_DATES_H_
