// The month grid of document dating and the calendar arithmetic on it (proleptic Gregorian,
// std::chrono). A month is an index: (year - kDatingFirstYear) * 12 + (month - 1).
#ifndef LAGEBILD_TIME_DATING_CALENDAR_H_
#define LAGEBILD_TIME_DATING_CALENDAR_H_

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <lagebild/dating.h>

namespace lagebild::dating {

inline constexpr int kGridMonths = (kDatingLastYear - kDatingFirstYear + 1) * 12;

// A likelihood or posterior over the grid.
using MonthVector = std::vector<double>;

inline int month_index(int year, int month) {
  return (year - kDatingFirstYear) * 12 + month - 1;
}
inline int year_of(int index) {
  return kDatingFirstYear + index / 12;
}
inline int month_of(int index) {
  return index % 12 + 1;
}
inline bool on_grid(int index) {
  return index >= 0 && index < kGridMonths;
}

// Days since 1970-01-01.
inline int day_number(int year, int month, int day) {
  using namespace std::chrono;
  return static_cast<int>(
      sys_days{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
               std::chrono::day{static_cast<unsigned>(day)}}
          .time_since_epoch()
          .count());
}

inline int days_in_month(int year, int month) {
  using namespace std::chrono;
  return static_cast<int>(static_cast<unsigned>(year_month_day_last{
      std::chrono::year{year}, month_day_last{std::chrono::month{static_cast<unsigned>(
                                   month)}}}.day()));
}

inline bool valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// 0 = Monday … 6 = Sunday (ISO 8601).
inline int weekday_of(int year, int month, int day) {
  using namespace std::chrono;
  const weekday wd{
      sys_days{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
               std::chrono::day{static_cast<unsigned>(day)}}};
  return static_cast<int>(wd.iso_encoding()) - 1;
}

// First and last day numbers of a grid month, and its middle (the 15th: the expected day of a
// month estimate under a uniform guess, within half a day).
inline int first_day(int index) {
  return day_number(year_of(index), month_of(index), 1);
}
inline int last_day(int index) {
  return day_number(year_of(index), month_of(index),
                    days_in_month(year_of(index), month_of(index)));
}
inline int middle_day(int index) {
  return day_number(year_of(index), month_of(index), 15);
}

inline std::string format_month(int index) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year_of(index), month_of(index));
  return buf;
}

inline std::string format_day(int year, int month, int day) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Days since 1970-01-01 back to a date string.
inline std::string format_day_number(int days) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  return format_day(static_cast<int>(ymd.year()),
                    static_cast<int>(static_cast<unsigned>(ymd.month())),
                    static_cast<int>(static_cast<unsigned>(ymd.day())));
}

// Parses "YYYY-MM" or "YYYY-MM-DD" (a longer TIMEX3 value is read up to its day). Returns false
// for anything else, including values off the grid.
inline bool parse_date(const std::string& s, int& year, int& month, int& day) {
  year = month = day = 0;
  if (s.size() < 7 || s[4] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (s[i] < '0' || s[i] > '9') return false;
  year = std::stoi(s.substr(0, 4));
  month = std::stoi(s.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (s.size() >= 10 && s[7] == '-' && s[8] >= '0' && s[8] <= '9' && s[9] >= '0' && s[9] <= '9') {
    day = std::stoi(s.substr(8, 2));
    if (!valid_date(year, month, day)) return false;
  }
  return on_grid(month_index(year, month));
}

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_CALENDAR_H_
