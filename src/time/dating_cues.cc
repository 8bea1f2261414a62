#include "time/dating_cues.h"

#include <array>
#include <charconv>
#include <string>

#include "time/dating_calendar.h"

namespace lagebild::dating {
namespace {

using Kind = DatingToken::Kind;

struct NameValue {
  std::string_view name;
  int value;
};

constexpr std::array<NameValue, 14> kMonths{{{"januar", 1},
                                             {"jänner", 1},
                                             {"februar", 2},
                                             {"feber", 2},
                                             {"märz", 3},
                                             {"april", 4},
                                             {"mai", 5},
                                             {"juni", 6},
                                             {"juli", 7},
                                             {"august", 8},
                                             {"september", 9},
                                             {"oktober", 10},
                                             {"november", 11},
                                             {"dezember", 12}}};

constexpr std::array<NameValue, 8> kWeekdays{{{"montag", 0},
                                              {"dienstag", 1},
                                              {"mittwoch", 2},
                                              {"donnerstag", 3},
                                              {"freitag", 4},
                                              {"samstag", 5},
                                              {"sonnabend", 5},
                                              {"sonntag", 6}}};

// Counts as written in words after "seit": the half values give the phrase its rounding step.
constexpr std::array<NameValue, 26> kCountWords{
    {{"einem", 2},          {"einer", 2},       {"ein", 2},          {"eines", 2},
     {"zwei", 4},           {"drei", 6},        {"vier", 8},         {"fünf", 10},
     {"sechs", 12},         {"sieben", 14},     {"acht", 16},        {"neun", 18},
     {"zehn", 20},          {"elf", 22},        {"zwölf", 24},       {"zwanzig", 40},
     {"dreißig", 60},       {"anderthalb", 3},  {"eineinhalb", 3},   {"zweieinhalb", 5},
     {"dreieinhalb", 7},    {"viereinhalb", 9}, {"fünfeinhalb", 11}, {"sechseinhalb", 13},
     {"siebeneinhalb", 15}, {"achteinhalb", 17}}};

// Words before a bare month name that make it a date ("im Juni", "Ende Mai") rather than a name
// ("August Bebel") or part of a title.
bool is_month_context(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kWords{
      "im",  "seit",    "ab",          "bis",    "anfang",    "mitte",    "ende", "vom",
      "zum", "letzten", "vergangenen", "diesen", "kommenden", "nächsten", "dem",  "des"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// Words before a four-digit number that make it a year.
bool is_year_context(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords{
      "im",       "jahr",     "jahre",      "jahres", "seit",          "bis",
      "ab",       "ende",     "anfang",     "mitte",  "von",           "vor",
      "nach",     "zwischen", "und",        "sommer", "herbst",        "winter",
      "frühjahr", "frühling", "jahresende", "wahl",   "jahreswechsel", "jahrs"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

int to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return -1;
  return v;
}

bool is_year_token(const DatingToken& t, int& year) {
  if (t.kind != Kind::kNumber || t.lower.size() != 4) return false;
  year = to_int(t.lower);
  return year >= kCueMinYear && year <= kCueMaxYear;
}

// "2." (an ordinal day 1..31).
bool is_day_token(const DatingToken& t, int& day) {
  if (t.kind != Kind::kNumber || !t.period_after || t.lower.size() > 2) return false;
  day = to_int(t.lower);
  return day >= 1 && day <= 31;
}

// Splits "5.9.2025" / "5.9" into its parts.
int split_numeric_date(std::string_view s, std::array<int, 3>& parts) {
  int count = 0;
  size_t start = 0;
  while (count < 3) {
    const size_t dot = s.find('.', start);
    const std::string_view part =
        s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    if (part.empty() || part.size() > 4) return 0;
    parts[count++] = to_int(part);
    if (parts[count - 1] < 0) return 0;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return count;
}

// The weekday named just before a date ("Freitag, 5. Mai", "am Freitag, dem 5. Mai",
// "Freitag (5. Mai)"), or -1.
int weekday_before(const std::vector<DatingToken>& tokens, size_t first) {
  size_t k = first;
  for (int skipped = 0; k > 0 && skipped < 3; ++skipped) {
    const DatingToken& t = tokens[k - 1];
    if (t.lower == "," || t.lower == "(" || t.lower == "den" || t.lower == "dem") {
      --k;
      continue;
    }
    return weekday_from_name(t.lower);
  }
  return -1;
}

void add_duration(const std::vector<DatingToken>& tokens, size_t seit, std::vector<DateCue>& out) {
  size_t k = seit + 1;
  int mod = 0;
  // Modifiers and fillers between "seit" and the count.
  for (int guard = 0; k < tokens.size() && guard < 4; ++guard) {
    const std::string& w = tokens[k].lower;
    if (w == "mehr" && k + 1 < tokens.size() && tokens[k + 1].lower == "als") {
      mod = 1;
      k += 2;
    } else if (w == "über" || w == "gut") {
      mod = 1;
      ++k;
    } else if (w == "fast" || w == "knapp" || w == "beinahe" || w == "nahezu") {
      mod = -1;
      ++k;
    } else if (w == "rund" || w == "etwa" || w == "ungefähr" || w == "circa" || w == "bereits" ||
               w == "schon" || w == "nun" || w == "nunmehr" || w == "inzwischen" ||
               w == "mittlerweile" || w == "nunmehr") {
      ++k;
    } else {
      break;
    }
  }
  if (k + 1 >= tokens.size()) return;
  double count = 0;  // in halves
  const DatingToken& n = tokens[k];
  bool half = false;
  if (n.kind == Kind::kNumber) {
    const int v = to_int(n.lower);
    if (v <= 0 || v > 100) return;
    count = v;
  } else {
    for (const auto& cw : kCountWords) {
      if (n.lower == cw.name) {
        count = cw.value / 2.0;
        half = cw.value % 2 != 0;
      }
    }
    if (count == 0) return;
  }
  const std::string& unit = tokens[k + 1].lower;
  double unit_months = 0;
  if (unit == "jahr" || unit == "jahre" || unit == "jahren" || unit == "jahres") {
    unit_months = 12;
  } else if (unit == "monat" || unit == "monate" || unit == "monaten") {
    unit_months = 1;
  } else if (unit == "woche" || unit == "wochen") {
    unit_months = 7.0 / 30.44;
  } else if (unit == "tag" || unit == "tage" || unit == "tagen") {
    unit_months = 1.0 / 30.44;
  } else {
    return;
  }
  DateCue cue;
  cue.kind = DateCue::Kind::kDuration;
  cue.begin = tokens[seit].begin;
  cue.end = tokens[k + 1].end;
  cue.months = count * unit_months;
  cue.step = half ? unit_months / 2 : unit_months;
  cue.mod = mod;
  // The anchor's trigger ("Krieg", "Invasion") stands in the same sentence, before or after.
  size_t first = seit;
  for (int back = 0; first > 0 && back < 25; ++back) {
    if (tokens[first - 1].lower == "." || tokens[first - 1].lower == "!" ||
        tokens[first - 1].lower == "?")
      break;
    --first;
  }
  size_t last = k + 1;
  for (int fwd = 0; last + 1 < tokens.size() && fwd < 25; ++fwd) {
    if (tokens[last + 1].lower == "." || tokens[last + 1].lower == "!" ||
        tokens[last + 1].lower == "?")
      break;
    ++last;
  }
  cue.context_first = static_cast<uint32_t>(first);
  cue.context_last = static_cast<uint32_t>(last);
  out.push_back(cue);
}

}  // namespace

int month_from_name(std::string_view lower) {
  for (const auto& m : kMonths)
    if (lower == m.name) return m.value;
  return 0;
}

int weekday_from_name(std::string_view lower) {
  for (const auto& w : kWeekdays)
    if (lower == w.name) return w.value;
  return -1;
}

std::vector<DateCue> find_date_cues(const std::vector<DatingToken>& tokens) {
  std::vector<DateCue> out;
  const size_t n = tokens.size();
  size_t i = 0;
  while (i < n) {
    const DatingToken& t = tokens[i];
    int day = 0;
    int year = 0;
    // "2. Juli 2025" / "2. Juli"
    // The ordinal's period is a token of its own: "2", ".", "Juli".
    const size_t after_day =
        i + 1 < n && t.period_after && tokens[i + 1].lower == "." ? i + 2 : i + 1;
    if (is_day_token(t, day) && after_day < n) {
      const int month = month_from_name(tokens[after_day].lower);
      if (month != 0) {
        DateCue cue;
        cue.begin = t.begin;
        cue.day = day;
        cue.month = month;
        cue.weekday = weekday_before(tokens, i);
        size_t next = after_day + 1;
        if (next < n && is_year_token(tokens[next], year) && valid_date(year, month, day)) {
          cue.kind = DateCue::Kind::kFullDate;
          cue.year = year;
          cue.end = tokens[next].end;
          ++next;
        } else {
          cue.kind = DateCue::Kind::kDayMonth;
          cue.end = tokens[after_day].end;
          if (day > 29 && month == 2) cue.kind = DateCue::Kind::kMonthName;
        }
        out.push_back(cue);
        i = next;
        continue;
      }
    }
    // "5.9.2025" / "5.9." (digits only; thousands like "2.000" fail the day/month ranges)
    if (t.kind == Kind::kNumber && t.lower.find('.') != std::string::npos) {
      std::array<int, 3> p{};
      const int parts = split_numeric_date(t.lower, p);
      if (parts == 3 && p[0] >= 1 && p[0] <= 31 && p[1] >= 1 && p[1] <= 12 && p[2] >= kCueMinYear &&
          p[2] <= kCueMaxYear && valid_date(p[2], p[1], p[0])) {
        DateCue cue;
        cue.kind = DateCue::Kind::kFullDate;
        cue.begin = t.begin;
        cue.end = t.end;
        cue.day = p[0];
        cue.month = p[1];
        cue.year = p[2];
        cue.weekday = weekday_before(tokens, i);
        out.push_back(cue);
      } else if (parts == 2 && t.period_after && t.lower.size() <= 5 && p[0] >= 1 && p[0] <= 31 &&
                 p[1] >= 1 && p[1] <= 12 && t.lower.find('.') <= 2) {
        DateCue cue;
        cue.kind = DateCue::Kind::kDayMonth;
        cue.begin = t.begin;
        cue.end = t.end + 1;
        cue.day = p[0];
        cue.month = p[1];
        cue.weekday = weekday_before(tokens, i);
        out.push_back(cue);
      }
      ++i;
      continue;
    }
    if (t.kind == Kind::kWord) {
      // "März 2023" / "im Juni"
      if (const int month = month_from_name(t.lower); month != 0) {
        if (i + 1 < n && is_year_token(tokens[i + 1], year)) {
          DateCue cue;
          cue.kind = DateCue::Kind::kMonthYear;
          cue.begin = t.begin;
          cue.end = tokens[i + 1].end;
          cue.month = month;
          cue.year = year;
          out.push_back(cue);
          i += 2;
          continue;
        }
        if (i > 0 && is_month_context(tokens[i - 1].lower)) {
          DateCue cue;
          cue.kind = DateCue::Kind::kMonthName;
          cue.begin = tokens[i - 1].begin;
          cue.end = t.end;
          cue.month = month;
          out.push_back(cue);
        }
        ++i;
        continue;
      }
      if (t.lower == "seit") add_duration(tokens, i, out);
      ++i;
      continue;
    }
    // A bare year after a word that makes it one ("im Jahr 2023", "seit 2014").
    if (is_year_token(t, year) && i > 0 && is_year_context(tokens[i - 1].lower) &&
        !(i + 1 < n && tokens[i + 1].kind == Kind::kWord && tokens[i + 1].capitalised &&
          tokens[i - 1].lower != "jahr")) {
      DateCue cue;
      cue.kind = DateCue::Kind::kYear;
      cue.begin = t.begin;
      cue.end = t.end;
      cue.year = year;
      out.push_back(cue);
    }
    ++i;
  }
  return out;
}

}  // namespace lagebild::dating
