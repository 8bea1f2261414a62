#include "store/date_interval.h"

#include <cstdio>

#include "time/calendar.h"

namespace lagebild::store {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& value) {
  if (at + n > s.size()) return false;
  value = 0;
  for (size_t k = at; k < at + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    value = value * 10 + (s[k] - '0');
  }
  return true;
}

std::string ymd(int y, int m, int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
  return buffer;
}

DateInterval months(int year, int first_month, int last_month) {
  // A first month before January reaches into the year before (winter: December to February).
  int first_year = year;
  if (first_month < 1) {
    first_month += 12;
    --first_year;
  }
  return {ymd(first_year, first_month, 1),
          ymd(year, last_month, timex::days_in_month(year, last_month))};
}

DateInterval days(long first, long last) {
  int y1, m1, d1, y2, m2, d2;
  timex::civil_from_days(first, y1, m1, d1);
  timex::civil_from_days(last, y2, m2, d2);
  return {ymd(y1, m1, d1), ymd(y2, m2, d2)};
}

// The Monday of ISO week 1 of `year`: the week holding January 4th.
long iso_week_one(int year) {
  const long jan4 = timex::days_from_civil(year, 1, 4);
  return jan4 - (timex::iso_weekday(year, 1, 4) - 1);
}

std::optional<DateInterval> parse(std::string_view v, bool timex_forms) {
  int year = 0;
  if (!digits(v, 0, 4, year)) return std::nullopt;
  if (v.size() == 4) return months(year, 1, 12);
  if (v[4] == 'T' && timex_forms) return months(year, 1, 12);
  if (v[4] != '-' || v.size() < 7) return std::nullopt;
  std::string_view rest = v.substr(5);
  int month = 0;
  if (digits(rest, 0, 2, month)) {
    if (month < 1 || month > 12) return std::nullopt;
    if (rest.size() == 2 || (rest[2] == 'T' && timex_forms)) return months(year, month, month);
    int day = 0;
    if (rest[2] != '-' || !digits(rest, 3, 2, day)) return std::nullopt;
    if (day < 1 || day > timex::days_in_month(year, month)) return std::nullopt;
    if (rest.size() != 5 && !(timex_forms && rest[5] == 'T')) return std::nullopt;
    const std::string d = ymd(year, month, day);
    return DateInterval{d, d};
  }
  if (!timex_forms) return std::nullopt;
  int n = 0;
  if (rest[0] == 'W' && digits(rest, 1, 2, n) && rest.size() == 3) {
    if (n < 1 || n > 53) return std::nullopt;
    const long monday = iso_week_one(year) + 7L * (n - 1);
    if (n == 53 && monday >= iso_week_one(year + 1)) return std::nullopt;
    return days(monday, monday + 6);
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '0';
    return months(year, 3 * q - 2, 3 * q);
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    return rest[1] == '1' ? months(year, 1, 6) : months(year, 7, 12);
  }
  if (rest == "SP") return months(year, 3, 5);
  if (rest == "SU") return months(year, 6, 8);
  if (rest == "FA") return months(year, 9, 11);
  if (rest == "WI") return months(year, 0, 2);
  return std::nullopt;
}

}  // namespace

std::optional<DateInterval> date_interval(std::string_view timex_value) {
  return parse(timex_value, true);
}

std::optional<DateInterval> calendar_interval(std::string_view date) {
  return parse(date, false);
}

}  // namespace lagebild::store
