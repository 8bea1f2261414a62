#include "io/given_date.h"

#include <cstdio>
#include <string>

namespace lagebild::io {
namespace {

bool digits(std::string_view s, size_t pos, size_t n, int& value) {
  if (pos + n > s.size()) return false;
  value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::optional<DocumentDate> parse_given_date(std::string_view value) {
  int year = 0, month = 0, day = 0;
  if (value.size() != 7 && value.size() != 10) return std::nullopt;
  if (!digits(value, 0, 4, year) || value[4] != '-' || !digits(value, 5, 2, month)) {
    return std::nullopt;
  }
  if (year < 1 || month < 1 || month > 12) return std::nullopt;
  DocumentDate date;
  date.origin = DocumentDate::Origin::kGiven;
  date.confidence = 1.0;
  if (value.size() == 10) {
    if (value[7] != '-' || !digits(value, 8, 2, day)) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    date.value = std::string(value);
    date.earliest = date.latest = date.value;
  } else {
    date.value = std::string(value);
    date.earliest = ymd(year, month, 1);
    date.latest = ymd(year, month, days_in_month(year, month));
  }
  return date;
}

std::optional<DocumentDate> parse_given_date_or_timestamp(std::string_view value) {
  if (value.size() > 10 && (value[10] == 'T' || value[10] == ' ')) value = value.substr(0, 10);
  return parse_given_date(value);
}

bool looks_like_date(std::string_view value) {
  int ignored = 0;
  return value.size() >= 7 && digits(value, 0, 4, ignored) && value[4] == '-' &&
         digits(value, 5, 1, ignored);
}

}  // namespace lagebild::io
