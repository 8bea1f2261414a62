// Proleptic Gregorian calendar arithmetic for resolving relative dates (days from the civil date,
// weekdays, ISO 8601 weeks) and the TIMEX3 value strings built from them.
#ifndef LAGEBILD_TIME_CALENDAR_H_
#define LAGEBILD_TIME_CALENDAR_H_

#include <string>

namespace lagebild::timex {

// A date that may be partial: 0 = unknown part (day 0: known to the month; month 0: to the year;
// year 0: unknown). Years before Christ are negative astronomical years are NOT used: `bc` marks
// them and `year` stays positive, as TIMEX2/TIMEX3 write BC0481.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool bc = false;
  bool has_year() const { return year != 0; }
  bool has_month() const { return year != 0 && month != 0; }
  bool has_day() const { return year != 0 && month != 0 && day != 0; }
};

long days_from_civil(int y, int m, int d);
void civil_from_days(long z, int& y, int& m, int& d);
int days_in_month(int y, int m);
int iso_weekday(int y, int m, int d);  // Monday = 1 ... Sunday = 7
// ISO 8601 week-numbering year and week of a date.
void iso_week(int y, int m, int d, int& week_year, int& week);

PartialDate add_days(const PartialDate& p, long days);     // needs has_day()
PartialDate add_months(const PartialDate& p, int months);  // needs has_month(); clamps the day

// "2025", "2025-07", "2025-07-02", "BC0481" ... at the precision `p` has.
std::string format_date(const PartialDate& p);
std::string format_week(int y, int m, int d);  // "2025-W27"
std::string two_digits(int v);

// Parses the leading YYYY[-MM[-DD]] of a TIMEX value (or BCYYYY); false when it has no year.
bool parse_date_value(const std::string& value, PartialDate& out);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_CALENDAR_H_
