// Surface cues for document dating: explicit dates, weekdays next to dates, years, month names
// and durations ("seit mehr als dreieinhalb Jahren"), found directly in the text.
//
// Why the dater scans the text itself rather than only reading the timex layer: an undated
// article has no reference date, so a tagger can only give "am 2. Juli" as XXXX-07-02; the dater
// needs the raw pattern (a day and month without a year, a weekday beside it) and the same scan
// at training time, where the learned offset distributions come from.
#ifndef LAGEBILD_TIME_DATING_CUES_H_
#define LAGEBILD_TIME_DATING_CUES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "time/dating_tokens.h"

namespace lagebild::dating {

struct DateCue {
  enum class Kind : uint8_t {
    kFullDate,   // day, month and year: "2. Juli 2025", "5.9.2025"
    kMonthYear,  // "im März 2023"
    kYear,       // "im Jahr 2023", "seit 2014"
    kDayMonth,   // "am 2. Juli", "2.7." (no year)
    kMonthName,  // "im Juni", "Ende Mai" (no day, no year)
    kDuration,   // "seit mehr als dreieinhalb Jahren" (anchor resolved later)
  };
  Kind kind = Kind::kFullDate;
  uint32_t begin = 0;  // byte span in the text
  uint32_t end = 0;
  int year = 0;      // 0 when absent
  int month = 0;     // 1..12, 0 when absent
  int day = 0;       // 0 when absent
  int weekday = -1;  // 0 = Monday … 6 = Sunday, -1 when no weekday stands beside the date
  // Durations: length in months, the rounding step of the phrase in months (a year for "drei
  // Jahre", half a year for "dreieinhalb"), and the TIMEX3 mod: -1 LESS_THAN ("fast"),
  // 0 none/APPROX, +1 MORE_THAN ("mehr als", "über").
  double months = 0;
  double step = 0;
  int mod = 0;
  // Durations: index range of the tokens around the phrase (its sentence, roughly) where the
  // anchor event's trigger words are looked for.
  uint32_t context_first = 0;
  uint32_t context_last = 0;
};

// Years outside this range are not taken as years ("2000 Soldaten" still slips through when
// the context allows; the learned offset distributions absorb such noise).
inline constexpr int kCueMinYear = 1990;
inline constexpr int kCueMaxYear = 2039;

std::vector<DateCue> find_date_cues(const std::vector<DatingToken>& tokens);

// 1..12 for a German (or Austrian: Jänner, Feber) month name in lower case, else 0.
int month_from_name(std::string_view lower);
// 0..6 for a weekday name in lower case (Sonnabend included), else -1.
int weekday_from_name(std::string_view lower);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_CUES_H_
