#include "time/dating_evidence.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace lagebild::dating {
namespace {

constexpr const char* kMonthNames[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

const OffsetTable& table(const DatingModel::Tables& tables, std::string_view name) {
  auto it = tables.find(name);
  if (it != tables.end()) return it->second;
  static const auto defaults = default_offset_tables();
  return defaults.find(name)->second;
}

std::string quote(const Document& doc, const DateCue& c) {
  return std::string(doc.slice(Span{c.begin, c.end}));
}

// A likelihood that is 1 on the days where `inside(day)` holds and falls off outside with the
// distance in days to the nearest inside day, averaged over each month's days.
template <typename Falloff>
MonthVector average_over_days(Falloff&& at_day) {
  MonthVector v(static_cast<size_t>(kGridMonths));
  for (int m = 0; m < kGridMonths; ++m) {
    const int first = first_day(m), last = last_day(m);
    double sum = 0;
    for (int d = first; d <= last; ++d) sum += at_day(d);
    v[static_cast<size_t>(m)] = sum / (last - first + 1);
  }
  return v;
}

}  // namespace

const char* source_name(Source s) {
  switch (s) {
    case Source::kLatestDate:
      return "latest-date";
    case Source::kLatestYear:
      return "latest-year";
    case Source::kDayMonth:
      return "day-month";
    case Source::kMonthName:
      return "month-name";
    case Source::kWeekday:
      return "weekday";
    case Source::kDuration:
      return "duration";
    case Source::kOffice:
      return "office";
    case Source::kVocabulary:
      return "vocabulary";
    case Source::kNeighbours:
      return "neighbours";
  }
  return "?";
}

const DateCue* latest_dated_cue(const std::vector<DateCue>& cues) {
  const DateCue* best = nullptr;
  int best_month = -1;
  for (const auto& c : cues) {
    if (c.kind != DateCue::Kind::kFullDate && c.kind != DateCue::Kind::kMonthYear) continue;
    const int m = month_index(c.year, c.month);
    if (m > best_month) {
      best_month = m;
      best = &c;
    }
  }
  return best;
}

const DateCue* latest_year_cue(const std::vector<DateCue>& cues) {
  const DateCue* best = nullptr;
  for (const auto& c : cues)
    if (c.kind == DateCue::Kind::kYear && (best == nullptr || c.year > best->year)) best = &c;
  return best;
}

void explicit_date_evidence(const Document& doc, const std::vector<DateCue>& cues,
                            const DatingModel::Tables& tables, std::vector<EvidenceItem>& out) {
  if (const DateCue* c = latest_dated_cue(cues)) {
    const OffsetTable& t = table(tables, kTableLatestDate);
    const int mentioned = month_index(c->year, c->month);
    EvidenceItem e;
    e.source = Source::kLatestDate;
    e.span = Span{c->begin, c->end};
    e.why = fmt::format("explicit date '{}' (the latest in the text) → published in or after {}",
                        quote(doc, *c), format_month(mentioned));
    e.likelihood.resize(static_cast<size_t>(kGridMonths));
    for (int m = 0; m < kGridMonths; ++m) e.likelihood[static_cast<size_t>(m)] = t(m - mentioned);
    out.push_back(std::move(e));
  }
  if (const DateCue* c = latest_year_cue(cues)) {
    const OffsetTable& t = table(tables, kTableLatestYear);
    EvidenceItem e;
    e.source = Source::kLatestYear;
    e.span = Span{c->begin, c->end};
    e.why = fmt::format("year '{}' (the latest named) → published {} or later", quote(doc, *c),
                        c->year);
    e.likelihood.resize(static_cast<size_t>(kGridMonths));
    for (int m = 0; m < kGridMonths; ++m)
      e.likelihood[static_cast<size_t>(m)] = t(year_of(m) - c->year);
    out.push_back(std::move(e));
  }
  // Days with months and bare month names say which month of the year, not which year. Many
  // mentions are not independent (a report of one week names its days): k mentions weigh
  // sqrt(k), not k.
  for (const auto kind : {DateCue::Kind::kDayMonth, DateCue::Kind::kMonthName}) {
    const OffsetTable& t =
        table(tables, kind == DateCue::Kind::kDayMonth ? kTableDayMonth : kTableMonthName);
    int n = 0;
    for (const auto& c : cues) n += c.kind == kind;
    if (n == 0) continue;
    const double power = 1.0 / std::sqrt(static_cast<double>(n));
    for (const auto& c : cues) {
      if (c.kind != kind) continue;
      EvidenceItem e;
      e.source = kind == DateCue::Kind::kDayMonth ? Source::kDayMonth : Source::kMonthName;
      e.span = Span{c.begin, c.end};
      e.why = fmt::format("{} '{}' without a year → published in {} or soon after",
                          kind == DateCue::Kind::kDayMonth ? "day and month" : "month",
                          quote(doc, c), kMonthNames[c.month - 1]);
      e.likelihood.resize(static_cast<size_t>(kGridMonths));
      for (int m = 0; m < kGridMonths; ++m)
        e.likelihood[static_cast<size_t>(m)] =
            std::pow(t(((month_of(m) - c.month) % 12 + 12) % 12), power);
      out.push_back(std::move(e));
    }
  }
}

void weekday_evidence(const Document& doc, const std::vector<DateCue>& cues,
                      std::vector<EvidenceItem>& out) {
  for (const auto& c : cues) {
    if (c.kind != DateCue::Kind::kDayMonth || c.weekday < 0) continue;
    std::vector<int> fitting;
    for (int y = kDatingFirstYear; y <= kDatingLastYear; ++y)
      if (valid_date(y, c.month, c.day) && weekday_of(y, c.month, c.day) == c.weekday)
        fitting.push_back(y);
    if (fitting.empty()) continue;
    EvidenceItem e;
    e.source = Source::kWeekday;
    e.span = Span{c.begin, c.end};
    // Look back for the weekday so that the span shows it.
    const std::string_view text(doc.text);
    const size_t line_start = text.rfind('\n', c.begin);
    const size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    const std::string_view before = text.substr(from, c.begin - from);
    for (const char* wd : {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                           "Sonnabend", "Sonntag"}) {
      const size_t at = before.rfind(wd);
      if (at != std::string_view::npos && before.size() - at < 24) {
        e.span.begin = static_cast<uint32_t>(from + at);
        break;
      }
    }
    std::string years;
    for (int y : fitting) {
      if (y < 2015) continue;
      years += (years.empty() ? "" : ", ") + std::to_string(y);
    }
    e.why = fmt::format("weekday+day '{}' fits only some years ({})", doc.slice(e.span), years);
    e.likelihood.resize(static_cast<size_t>(kGridMonths));
    for (int m = 0; m < kGridMonths; ++m) {
      // The mentioned day is the latest one before publication, or (for an offset of up to two
      // months back in the cycle) an announced one shortly after it.
      const int behind = ((month_of(m) - c.month) % 12 + 12) % 12;
      const int year = behind <= 9 ? (c.month <= month_of(m) ? year_of(m) : year_of(m) - 1)
                                   : (c.month >= month_of(m) ? year_of(m) : year_of(m) + 1);
      const bool fits =
          valid_date(year, c.month, c.day) && weekday_of(year, c.month, c.day) == c.weekday;
      e.likelihood[static_cast<size_t>(m)] = fits ? 1.0 : 0.04;
    }
    out.push_back(std::move(e));
  }
}

MonthVector duration_likelihood(int anchor_day, double months, double step, int mod) {
  constexpr double kDaysPerMonth = 30.44;
  const double end = anchor_day + months * kDaysPerMonth;
  const double step_days = std::max(1.0, step * kDaysPerMonth);
  // "mehr als 3,5 Jahre": at least 3.5 and, had it been 4, the writer would say "vier"; "fast
  // drei": up to three; a plain count rounds down to the step.
  double lo = end, hi = end + step_days;
  if (mod < 0) {
    lo = end - step_days;
    hi = end;
  } else if (mod == 0) {
    lo = end - 0.25 * step_days;
  }
  // The bound the phrase states is sharp (ten days, and a floor of 0.002: "mehr als
  // dreieinhalb Jahre" rules out 2022 whatever the vocabulary says); the other side fades over
  // half a step to a floor of 0.03 (writers round).
  const double sharp = 10.0, soft = std::max(10.0, 0.5 * step_days);
  const double lo_scale = mod > 0 ? sharp : soft, hi_scale = mod < 0 ? sharp : soft;
  const double lo_floor = mod > 0 ? 0.002 : 0.03, hi_floor = mod < 0 ? 0.002 : 0.03;
  return average_over_days([&](int d) {
    if (d < lo) return std::max(lo_floor, std::exp(-(lo - d) / lo_scale));
    if (d > hi) return std::max(hi_floor, std::exp(-(d - hi) / hi_scale));
    return 1.0;
  });
}

MonthVector tenure_likelihood(int from_day, int to_day) {
  // Outside the term is unlikely, not impossible: "Außenminister X" also appears in retrospect.
  return average_over_days([&](int d) {
    const bool inside = d >= from_day && (to_day < 0 || d <= to_day);
    return inside ? 1.0 : 0.03;
  });
}

}  // namespace lagebild::dating
