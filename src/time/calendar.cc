#include "time/calendar.h"

#include <algorithm>
#include <cstdio>

namespace lagebild::timex {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

int iso_weekday(int y, int m, int d) {
  long z = days_from_civil(y, m, d);  // 1970-01-01 was a Thursday (4)
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

void iso_week(int y, int m, int d, int& week_year, int& week) {
  const long z = days_from_civil(y, m, d);
  const long thursday = z - iso_weekday(y, m, d) + 4;  // the week's Thursday decides its year
  int ty, tm, td;
  civil_from_days(thursday, ty, tm, td);
  week_year = ty;
  week = static_cast<int>((thursday - days_from_civil(ty, 1, 1)) / 7 + 1);
}

PartialDate add_days(const PartialDate& p, long days) {
  PartialDate r = p;
  civil_from_days(days_from_civil(p.year, p.month, p.day) + days, r.year, r.month, r.day);
  return r;
}

PartialDate add_months(const PartialDate& p, int months) {
  PartialDate r = p;
  int total = p.year * 12 + (p.month - 1) + months;
  r.year = total / 12;
  r.month = total % 12 + 1;
  if (r.day > 0) r.day = std::min(r.day, days_in_month(r.year, r.month));
  return r;
}

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string format_date(const PartialDate& p) {
  if (p.year == 0) return "XXXX";
  char buf[32];
  if (p.bc) {
    std::snprintf(buf, sizeof buf, "BC%04d", p.year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", p.year);
  }
  std::string out = buf;
  if (p.month == 0) return out;
  out += "-" + two_digits(p.month);
  if (p.day == 0) return out;
  out += "-" + two_digits(p.day);
  return out;
}

std::string format_week(int y, int m, int d) {
  int wy, w;
  iso_week(y, m, d, wy, w);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", wy, w);
  return buf;
}

bool parse_date_value(const std::string& v, PartialDate& out) {
  out = PartialDate{};
  size_t i = 0;
  if (v.compare(0, 2, "BC") == 0) {
    out.bc = true;
    i = 2;
  }
  auto digits = [&](size_t at, size_t n, int& value) {
    if (at + n > v.size()) return false;
    value = 0;
    for (size_t k = at; k < at + n; ++k) {
      if (v[k] < '0' || v[k] > '9') return false;
      value = value * 10 + (v[k] - '0');
    }
    return true;
  };
  if (!digits(i, 4, out.year) || (i + 4 < v.size() && v[i + 4] != '-' && v[i + 4] != 'T')) {
    out = PartialDate{};
    return false;
  }
  i += 4;
  if (i < v.size() && v[i] == '-' && digits(i + 1, 2, out.month) &&
      (i + 3 >= v.size() || v[i + 3] == '-' || v[i + 3] == 'T')) {
    if (out.month < 1 || out.month > 12) {
      out.month = 0;
      return true;
    }
    i += 3;
    if (i < v.size() && v[i] == '-' && digits(i + 1, 2, out.day)) {
      if (out.day < 1 || out.day > 31) out.day = 0;
    }
  } else {
    out.month = 0;
  }
  return true;
}

}  // namespace lagebild::timex
