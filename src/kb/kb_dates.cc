#include "kb/kb_dates.h"

#include <cctype>

namespace lagebild::kb {
namespace {

bool digits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

bool is_partial_date(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(s.substr(0, 4))) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(s.substr(5, 2))) return false;
    const int m = number(s.substr(5, 2));
    if (m < 1 || m > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(s.substr(8, 2))) return false;
    const int d = number(s.substr(8, 2));
    if (d < 1 || d > 31) return false;
  }
  return true;
}

std::string first_day(std::string_view p) {
  if (p.size() == 4) return std::string(p) + "-01-01";
  if (p.size() == 7) return std::string(p) + "-01";
  return std::string(p);
}

std::string last_day(std::string_view p) {
  if (p.size() == 4) return std::string(p) + "-12-31";
  if (p.size() == 7) return std::string(p) + "-31";
  return std::string(p);
}

std::string representative_day(std::string_view p) {
  if (p.size() == 4) return std::string(p) + "-07-01";
  if (p.size() == 7) return std::string(p) + "-15";
  return std::string(p.substr(0, 10));
}

}  // namespace lagebild::kb
