// The normalisers named in data/de/timex/rules.txt. Each reads the slots its rules fill (see the
// README there) and writes TIMEX3 attributes. Relative expressions resolve against an anchor:
// the article date in news mode, the last mentioned date in narrative mode (HeidelTime's
// "news" and "narratives" document types, Strötgen & Gertz 2013).
#include "time/timex_resolve.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace lagebild::timex {
namespace {

int to_int(const std::string& s) {
  return s.empty() ? 0 : std::atoi(s.c_str());
}

// A Match with its fixed normaliser arguments applied on top of the captured slots.
struct Args {
  const Match& m;
  std::vector<Slot> fixed;
  const Slot* slot(std::string_view name) const {
    for (const auto& s : fixed) {
      if (s.name == name) return &s;
    }
    return m.slot(name);
  }
  bool has(std::string_view name) const { return slot(name) != nullptr; }
  std::string get(std::string_view name) const {
    const Slot* s = slot(name);
    return s ? s->value : std::string();
  }
};

std::string column(const std::string& value, int index) {
  size_t start = 0;
  for (int i = 0; i < index; ++i) {
    size_t tab = value.find('\t', start);
    if (tab == std::string::npos) return "";
    start = tab + 1;
  }
  size_t end = value.find('\t', start);
  return value.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string_view low_at(const ResolveState& st, size_t tok) {
  return tok < st.scan.toks.size() ? st.scan.low(st.scan.toks[tok]) : std::string_view();
}

bool in_lexicon(const ResolveState& st, const char* lexicon, std::string_view word) {
  const Lexicon* lex = st.rules.lexicon(lexicon);
  if (lex == nullptr) return false;
  const auto* entries = lex->find(word);
  return entries != nullptr && entries->back().rest.empty();
}

// -1 past, 0 no cue, +1 future: the tense cues of the sentence around token `tok`.
int sentence_tense(ResolveState& st, size_t tok) {
  const auto& toks = st.scan.toks;
  uint32_t s = toks[tok].sentence;
  if (st.tense_cache.size() <= s) st.tense_cache.resize(s + 1, -2);
  if (st.tense_cache[s] != -2) return st.tense_cache[s];
  size_t b = tok, e = tok;
  while (b > 0 && toks[b - 1].sentence == s && tok - b < 80) --b;
  while (e + 1 < toks.size() && toks[e + 1].sentence == s && e - tok < 80) ++e;
  bool past = false, future = false;
  for (size_t i = b; i <= e; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    const auto* entries = st.rules.tense->find(st.scan.low(toks[i]));
    if (entries == nullptr) continue;
    for (const auto& entry : *entries) {
      if (!entry.rest.empty()) continue;
      if (entry.value == "FUTURE") future = true;
      if (entry.value == "PAST") past = true;
    }
  }
  int8_t t = future ? 1 : past ? -1 : 0;
  st.tense_cache[s] = t;
  return t;
}

// Direction of a bare month, season or weekday: explicit "vergangenen/nächsten", then "seit"
// before it, then the sentence's tense.
int direction(ResolveState& st, const Args& a) {
  if (a.has("rel")) {
    int rel = to_int(a.get("rel"));
    if (rel != 0) return rel < 0 ? -1 : 1;
  }
  for (size_t back = 1; back <= 2 && a.m.tok_begin >= back; ++back) {
    std::string_view w = low_at(st, a.m.tok_begin - back);
    if (w == "seit" || w == "seitdem") return -1;
    if (w == "bis" || w == "ab") break;
  }
  return sentence_tense(st, a.m.tok_begin);
}

// The anchor a relative expression resolves against.
PartialDate anchor_for(const ResolveState& st, const Match& m, bool time_of_day) {
  if (st.mode == TimexMode::kNarrative) return st.narrative;
  if (time_of_day && st.sentence_day_sentence == st.scan.toks[m.tok_begin].sentence)
    return st.sentence_day;
  return st.reference;
}

// Value of a date that needed a day the anchor does not have: the anchor's own precision.
std::string reduced(const PartialDate& base) {
  return format_date(base);
}

// A year named as a boundary ("bis Ende 1941", "seit 1918") looks past the story's current time
// rather than moving it; only dates with a month move the narrative along from there.
bool is_boundary_year(const ResolveState& st, const Match& m, const PartialDate& p) {
  if (p.has_month()) return false;
  for (size_t back = 1; back <= 2 && m.tok_begin >= back; ++back) {
    std::string_view w = low_at(st, m.tok_begin - back);
    if (w == "bis" || w == "seit" || w == "ab") return true;
  }
  return false;
}

void remember(ResolveState& st, const Match& m, const PartialDate& p) {
  if (!p.has_year()) return;
  if (st.mode == TimexMode::kNarrative) {
    if (is_boundary_year(st, m, p)) return;
    st.narrative = p;
  } else if (p.has_day()) {
    st.sentence_day = p;
    st.sentence_day_sentence = st.scan.toks[m.tok_begin].sentence;
  }
}

Timex make(const Match& m, const char* type, std::string value, std::string mod = "") {
  Timex t;
  t.begin = m.byte_begin;
  t.end = m.byte_end;
  t.type = type;
  t.value = std::move(value);
  t.mod = std::move(mod);
  return t;
}

// A year slot: "1939", or "Y39" (two digits from "1.9.39", century taken from the anchor).
int full_year(const std::string& v, const PartialDate& anchor) {
  if (v.size() > 1 && v[0] == 'Y') {
    int yy = to_int(v.substr(1));
    int ref = anchor.has_year() && !anchor.bc ? anchor.year : 2000;
    int y = (ref / 100) * 100 + yy;
    if (y > ref + 10) y -= 100;
    return y;
  }
  return to_int(v);
}

// A bare four-digit number is a year unless the words around it say it counts something.
bool bare_year_ok(const ResolveState& st, const Match& m) {
  const auto& toks = st.scan.toks;
  std::string_view prev = m.tok_begin > 0 ? low_at(st, m.tok_begin - 1) : std::string_view();
  if (!prev.empty() && in_lexicon(st, "count_context", prev)) return false;
  if (m.tok_end < toks.size()) {
    const Tok& next = toks[m.tok_end];
    std::string_view nl = st.scan.low(next);
    if (nl == "%" || nl == "prozent" || nl == "euro" || nl == "dollar" || nl == "mal") return false;
    unsigned char c = static_cast<unsigned char>(st.text[next.begin]);
    bool capital =
        (c >= 'A' && c <= 'Z') || (c == 0xC3 && next.end > next.begin + 1 &&
                                   static_cast<unsigned char>(st.text[next.begin + 1]) >= 0x80 &&
                                   static_cast<unsigned char>(st.text[next.begin + 1]) <= 0x9E);
    if (capital && next.kind == TokKind::kWord && !in_lexicon(st, "month", nl) &&
        !(prev.size() && in_lexicon(st, "year_context", prev))) {
      // Sentence-initial capitals after a year are verbs or nouns alike; only a year context
      // before it keeps "1939 Deutschland ..." a year.
      return m.tok_begin == 0 || toks[m.tok_begin - 1].sentence != toks[m.tok_begin].sentence;
    }
  }
  return true;
}

const char* season_of_month_start(const std::string& code) {
  if (code == "SP") return "3";
  if (code == "SU") return "6";
  if (code == "FA") return "9";
  return "12";
}

// Year of a month (or season starting in `month`) that has no year of its own.
int infer_year(ResolveState& st, const Args& a, int month) {
  if (st.mode == TimexMode::kNarrative) return st.narrative.year;
  const PartialDate& ref = st.reference;
  if (!ref.has_year()) return 0;
  if (ref.month == 0) return ref.year;
  int dir = direction(st, a);
  bool strict = a.has("rel") && to_int(a.get("rel")) != 0;
  if (strict && dir < 0 && (a.has("season") || a.has("season_mod"))) {
    // "im vergangenen Sommer": the last summer that is over (a season lasts three months).
    return month + 3 <= ref.month ? ref.year : ref.year - 1;
  }
  if (dir < 0) return (strict ? month < ref.month : month <= ref.month) ? ref.year : ref.year - 1;
  if (dir > 0) return (strict ? month > ref.month : month >= ref.month) ? ref.year : ref.year + 1;
  return ref.year;
}

// ---------------------------------------------------------------------------------------------
// date: absolute and relative calendar dates, and times of day.
// ---------------------------------------------------------------------------------------------
bool date(const Args& a, ResolveState& st, std::vector<Timex>& out) {
  const Match& m = a.m;
  std::string mod = a.get("mod");
  if (a.get("needs_uhr") == "1" && a.get("sep") == "." && !a.has("uhr")) return false;
  if (a.get("bare") == "1" && !bare_year_ok(st, m)) return false;
  const bool bc = a.has("bc");

  if (a.has("decade")) {
    std::string d = a.get("decade");
    if (d.size() == 1) {
      PartialDate anchor = anchor_for(st, m, false);
      int century = anchor.has_year() ? anchor.year / 100 : 19;
      if (century * 100 + to_int(d) * 10 > (anchor.has_year() ? anchor.year : 2000) + 5) --century;
      d = std::to_string(century) + d;
    }
    out.push_back(make(m, "DATE", (bc ? "BC" : "") + d, mod));
    return true;
  }
  if (a.has("ordinal") && a.has("century_word")) {
    int n = to_int(a.get("ordinal"));
    if (n < 1 || n > 21) return false;
    out.push_back(make(m, "DATE", (bc ? "BC" : "") + two_digits(n - 1), mod));
    return true;
  }

  const bool time_of_day = a.has("hour") || a.has("daypart");
  PartialDate p;
  p.bc = bc;
  const bool explicit_year = a.has("year");
  PartialDate anchor = anchor_for(st, m, time_of_day);
  if (explicit_year) p.year = full_year(a.get("year"), anchor);
  if (explicit_year && p.year == 0) return false;
  int month = a.has("month") ? to_int(a.get("month")) : 0;
  int day = a.has("day") ? to_int(a.get("day")) : 0;

  std::string season, half;
  if (a.has("season") || a.has("season_mod")) {
    std::string v = a.has("season") ? a.get("season") : a.get("season_mod");
    season = column(v, 0);
    if (mod.empty()) mod = column(v, 1);
    month = to_int(season_of_month_start(season));
  }
  if (a.has("half")) {
    std::string unit = a.get("unit");
    int n = to_int(a.get("half"));
    if ((unit == "H" && (n < 1 || n > 2)) || (unit == "Q" && (n < 1 || n > 4))) return false;
    half = unit + std::to_string(n);
  }

  bool unresolved_weekday = false;
  int weekday = a.has("weekday") ? to_int(a.get("weekday")) : 0;
  if (weekday != 0 && day == 0) {
    // A weekday names a day near the anchor.
    if (!anchor.has_day()) {
      if (anchor.has_year()) {
        out.push_back(make(m, "DATE", reduced(anchor), mod));
        return true;
      }
      unresolved_weekday = true;
    } else {
      int dir = direction(st, a);
      int rel = a.has("rel") ? to_int(a.get("rel")) : 99;
      if (st.mode == TimexMode::kNarrative && rel == 99) dir = 1;
      if (rel == 0) dir = 1;
      if (dir == 0) dir = -1;  // news report what happened: a bare weekday is the last one
      int wd = iso_weekday(anchor.year, anchor.month, anchor.day);
      long delta;
      if (dir < 0) {
        delta = -((wd - weekday + 7) % 7);
        if (rel < 0 && rel != 99 && delta == 0) delta = -7;
      } else {
        delta = (weekday - wd + 7) % 7;
        if (rel > 0 && rel != 99 && delta == 0) delta = 7;
      }
      p = add_days(anchor, delta);
    }
    if (a.has("night_before") && p.has_day()) p = add_days(p, -1);
  } else if (a.has("reldays") && !explicit_year) {
    int offset = to_int(a.get("reldays"));
    if (st.mode == TimexMode::kNarrative && offset == 0 && !time_of_day) {
      out.push_back(make(m, "DATE", "PRESENT_REF", mod));
      return true;
    }
    if (!anchor.has_day()) {
      out.push_back(make(m, "DATE", anchor.has_year() ? reduced(anchor) : "XXXX-XX-XX", mod));
      return true;
    }
    p = add_days(anchor, offset);
  } else if (!explicit_year && month == 0 && day == 0 && half.empty() && !a.has("unit")) {
    // Only a time of day ("am Morgen", "um 17 Uhr"): the anchor's day.
    if (!time_of_day) return false;
    p = anchor;
  } else {
    if (!explicit_year) {
      if (a.has("unit") && a.get("unit") == "Y" && a.has("rel")) {
        // "März des folgenden Jahres"
        p.year = anchor.has_year() ? anchor.year + to_int(a.get("rel")) : 0;
      } else if (a.has("unit") && a.get("unit") == "Y") {
        p.year = anchor.year;
      } else if (month != 0) {
        p.year = infer_year(st, a, month);
        if (!season.empty() && a.has("rel") && p.year != 0) {
          // "im vergangenen Sommer": the last one that has started before the anchor
        }
      } else if (day != 0) {
        // "Nacht vom 16.": month and year of the anchor
        month = anchor.month;
        p.year = anchor.year;
      } else {
        p.year = anchor.year;
      }
      if (!half.empty() || (!season.empty() && st.mode == TimexMode::kNarrative)) {
        p.year = anchor.year;
      }
      p.bc = p.bc || (p.year != 0 && anchor.bc);
    }
    p.month = season.empty() && half.empty() ? month : 0;
    p.day = p.month != 0 ? day : 0;
    if (p.day > 0 && p.year != 0 && p.day > days_in_month(p.year, p.month)) return false;
  }

  // Compose the value.
  std::string value;
  if (unresolved_weekday) {
    value = "XXXX-WXX-" + std::to_string(weekday);
  } else if (p.year == 0) {
    value = "XXXX";
    if (!season.empty()) {
      value += "-" + season;
    } else if (p.month != 0) {
      value += "-" + two_digits(p.month);
      if (p.day != 0) value += "-" + two_digits(p.day);
    } else if (day != 0 && month != 0) {
      value += "-" + two_digits(month) + "-" + two_digits(day);
    }
  } else {
    value = format_date(p);
    if (!season.empty()) value += "-" + season;
    if (!half.empty()) value += "-" + half;
  }
  const char* type = "DATE";
  if (time_of_day) {
    if (p.has_day() || (p.year == 0 && !unresolved_weekday)) {
      if (p.year == 0 && value == "XXXX") value = "XXXX-XX-XX";
      type = "TIME";
      if (a.has("hour")) {
        int hour = to_int(a.get("hour"));
        std::string minute = a.has("minute") ? a.get("minute") : "00";
        if (minute.size() == 1) minute = "0" + minute;
        value += "T" + two_digits(hour) + ":" + minute;
      } else {
        value += "T" + a.get("daypart");
      }
    } else if (unresolved_weekday) {
      type = "TIME";
      if (a.has("daypart")) value += "T" + a.get("daypart");
    }
  }
  out.push_back(make(m, type, value, mod));
  if (explicit_year || a.has("weekday") || a.has("reldays") || p.has_month()) remember(st, m, p);
  return true;
}

// ---------------------------------------------------------------------------------------------
// relunit: a calendar unit relative to the anchor ("letzte Woche", "im Vorjahr", "Jahresende").
// ---------------------------------------------------------------------------------------------
bool relunit(const Args& a, ResolveState& st, std::vector<Timex>& out) {
  const Match& m = a.m;
  std::string unit = a.get("unit");
  int rel = to_int(a.get("rel"));
  std::string mod = a.get("mod");
  if (a.has("relunit_word")) {
    unit = column(a.get("relunit_word"), 0);
    rel = to_int(column(a.get("relunit_word"), 1));
  }
  if (a.has("position_compound")) {
    unit = column(a.get("position_compound"), 0);
    std::string pmod = column(a.get("position_compound"), 1);
    if (pmod == "WE") {
      unit = "WE";
    } else if (!pmod.empty()) {
      mod = pmod;
    }
  }
  if (a.has("unit_calendar") && unit.empty()) unit = a.get("unit_calendar");
  PartialDate base = anchor_for(st, m, false);
  if (a.has("year")) {
    base = PartialDate{};
    base.year = to_int(a.get("year"));
  }
  std::string value;
  PartialDate p = base;
  if (!base.has_year()) {
    if (unit == "Y") {
      value = rel == 0 ? "XXXX" : (rel < 0 ? "PAST_REF" : "FUTURE_REF");
    } else {
      value = "XXXX-XX-XX";
    }
    out.push_back(make(m, "DATE", value, mod));
    return true;
  }
  bool remembered = true;
  if (unit == "Y") {
    p = PartialDate{base.year + rel, 0, 0, base.bc};
    value = format_date(p);
  } else if (unit == "M") {
    if (!base.has_month()) {
      value = reduced(base);
      remembered = false;
    } else {
      p = add_months(PartialDate{base.year, base.month, 0, base.bc}, rel);
      value = format_date(p);
    }
  } else if (unit == "D") {
    if (!base.has_day()) {
      value = reduced(base);
      remembered = false;
    } else {
      p = add_days(base, rel);
      value = format_date(p);
    }
  } else if (unit == "W" || unit == "WE") {
    if (!base.has_day()) {
      value = reduced(base);
      remembered = false;
    } else if (unit == "W") {
      p = add_days(base, 7L * rel);
      value = format_week(p.year, p.month, p.day);
      remembered = false;
    } else {
      int dir = rel != 0 ? rel : direction(st, a);
      if (dir == 0) dir = st.mode == TimexMode::kNarrative ? 1 : -1;
      int wd = iso_weekday(base.year, base.month, base.day);
      long to_saturday;
      if (wd >= 6) {
        to_saturday = 6 - wd;  // this weekend
        if (rel < 0) to_saturday -= 7;
        if (rel > 0) to_saturday += 7;
      } else {
        to_saturday = dir < 0 ? -(wd + 1) : 6 - wd;
      }
      p = add_days(base, to_saturday);
      value = format_week(p.year, p.month, p.day) + "-WE";
      remembered = false;
    }
  } else if (unit == "Q" || unit == "H") {
    if (!base.has_month()) {
      value = reduced(base);
    } else {
      int per = unit == "Q" ? 3 : 6;
      int n = unit == "Q" ? 4 : 2;
      int index = base.year * n + (base.month - 1) / per + rel;
      value = format_date(PartialDate{index / n, 0, 0, base.bc}) + "-" + unit +
              std::to_string(index % n + 1);
    }
    remembered = false;
  } else if (unit == "DE") {
    value = std::to_string(base.year / 10 + rel);
    remembered = false;
  } else {
    return false;
  }
  out.push_back(make(m, "DATE", value, mod));
  if (remembered && st.mode == TimexMode::kNarrative) remember(st, m, p);
  return true;
}

// ---------------------------------------------------------------------------------------------
// duration: P14M, P2Y6M, PT2H, PXY.
// ---------------------------------------------------------------------------------------------
struct UnitInfo {
  const char* letter;  // ISO 8601 designator
  bool time;           // after the T
  double factor;       // how many `sub` make one of this unit
  const char* sub;     // the next smaller unit, for fractions
};

const UnitInfo* unit_info(const std::string& u) {
  static const UnitInfo kY{"Y", false, 12, "M"}, kM{"M", false, 30, "D"}, kW{"W", false, 7, "D"},
      kD{"D", false, 24, "TH"}, kH{"H", true, 60, "TM"}, kMin{"M", true, 60, "TS"},
      kS{"S", true, 0, ""}, kDE{"DE", false, 10, "Y"}, kCE{"CE", false, 10, "DE"},
      kQ{"Q", false, 3, "M"}, kHalf{"H", false, 6, "M"};
  if (u == "Y") return &kY;
  if (u == "M") return &kM;
  if (u == "W") return &kW;
  if (u == "D") return &kD;
  if (u == "TH") return &kH;
  if (u == "TM") return &kMin;
  if (u == "TS") return &kS;
  if (u == "DE") return &kDE;
  if (u == "CE") return &kCE;
  if (u == "Q") return &kQ;
  if (u == "H") return &kHalf;
  return nullptr;
}

std::string number_text(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

// Builds the ISO 8601 duration for `count` units; a fraction becomes whole smaller units
// (zweieinhalb Jahre = P2Y6M), quarters and half-years become months.
std::string duration_value(double count, const std::string& unit) {
  std::string date_part, time_part;
  auto put = [&](double n, const std::string& u) {
    const UnitInfo* info = unit_info(u);
    (info->time ? time_part : date_part) += number_text(n) + info->letter;
  };
  const UnitInfo* info = unit_info(unit);
  if (info == nullptr) return "";
  if (unit == "Q" || unit == "H") {
    count *= info->factor;
    info = unit_info("M");
    put(count, "M");
    count = 0;
  } else {
    double whole = std::floor(count + 1e-9);
    double frac = count - whole;
    if (whole > 0) put(whole, unit);
    if (frac > 1e-9) {
      if (info->factor > 0) {
        double sub = std::round(frac * info->factor * 1000) / 1000;
        if (std::string(info->sub) == "Y" || std::fabs(sub - std::round(sub)) < 1e-9) {
          put(sub, info->sub);
        } else {
          put(frac, unit);  // no whole smaller unit: keep the decimal (ISO 8601 allows it)
        }
      } else {
        put(count, unit);
      }
    }
  }
  if (date_part.empty() && time_part.empty()) return "";
  std::string value = "P" + date_part;
  if (!time_part.empty()) value += "T" + time_part;
  return value;
}

bool duration(const Args& a, ResolveState& st, std::vector<Timex>& out) {
  std::string unit = a.has("unit_adjective")  ? a.get("unit_adjective")
                     : a.has("unit_compound") ? a.get("unit_compound")
                                              : a.get("unit");
  if (a.has("duration_word")) {
    out.push_back(make(a.m, "DURATION", a.get("duration_word"), a.get("mod")));
    return true;
  }
  if (a.has("unit_plural")) unit = a.get("unit_plural");
  std::string count = a.get("count");
  std::string value;
  const UnitInfo* info = unit_info(unit);
  if (info == nullptr) return false;
  if (count == "X") {
    value = std::string("P") + (info->time ? "T" : "") + "X" + info->letter;
  } else {
    double n = std::atof(count.c_str());
    if (n <= 0 || n > 100000) return false;
    value = duration_value(n, unit);
  }
  if (value.empty()) return false;
  (void)st;
  out.push_back(make(a.m, "DURATION", value, a.get("mod")));
  return true;
}

// ---------------------------------------------------------------------------------------------
// offset: a date N units from the anchor ("vor drei Jahren", "zwei Tage später").
// ---------------------------------------------------------------------------------------------
bool offset(const Args& a, ResolveState& st, std::vector<Timex>& out) {
  const Match& m = a.m;
  std::string needs = a.get("needs");
  if ((needs == "future" && sentence_tense(st, m.tok_begin) <= 0) ||
      (needs == "narrative" && st.mode != TimexMode::kNarrative)) {
    // Without the context that makes it a point in time, "in zwei Wochen" / "nach zwei Tagen"
    // is a duration; its extent leaves out the preposition.
    Match d = m;
    d.tok_begin += 1;
    d.byte_begin = st.scan.toks[d.tok_begin].begin;
    Args da{d, {}};
    return duration(da, st, out);
  }
  int dir = a.has("dir") ? to_int(a.get("dir")) : to_int(a.get("rel"));
  if (dir == 0) dir = a.has("direction") ? to_int(a.get("direction")) : 0;
  if (dir == 0) return false;
  std::string unit = a.get("unit");
  std::string count = a.get("count");
  if (count == "X") {
    out.push_back(make(m, "DATE", dir < 0 ? "PAST_REF" : "FUTURE_REF", a.get("mod")));
    return true;
  }
  double n = std::atof(count.c_str());
  if (n <= 0 || n > 10000) return false;
  PartialDate base = anchor_for(st, m, false);
  if (!base.has_year()) {
    out.push_back(make(m, "DATE", dir < 0 ? "PAST_REF" : "FUTURE_REF", a.get("mod")));
    return true;
  }
  PartialDate p = base;
  std::string value;
  if (unit == "Y" || unit == "M" || unit == "DE" || unit == "Q" || unit == "H") {
    double months = n * (unit == "Y"    ? 12
                         : unit == "DE" ? 120
                         : unit == "Q"  ? 3
                         : unit == "H"  ? 6
                                        : 1);
    int mi = static_cast<int>(std::lround(months)) * dir;
    bool year_only = (unit == "Y" || unit == "DE") && std::lround(months) % 12 == 0;
    if (year_only || !base.has_month()) {
      p = PartialDate{base.year + mi / 12, 0, 0, base.bc};
      if (!year_only && base.has_month()) p = add_months(base, mi);
    } else {
      PartialDate from = base;
      if (unit == "M" || !base.has_day()) from.day = 0;
      p = add_months(from, mi);
      if (unit != "M") p.day = base.has_day() ? p.day : 0;
      if (unit == "M" && st.mode == TimexMode::kNarrative && base.has_day()) {
        p = add_months(base, mi);  // "drei Monate später" in a narrative keeps the day
      }
    }
    if (year_only) p = PartialDate{base.year + mi / 12, 0, 0, base.bc};
    value = format_date(p);
  } else if (unit == "W" || unit == "D") {
    long days = std::lround(n * (unit == "W" ? 7 : 1)) * dir;
    if (!base.has_day()) {
      value = reduced(base);
    } else {
      p = add_days(base, days);
      value = unit == "W" && st.mode == TimexMode::kNews ? format_week(p.year, p.month, p.day)
                                                         : format_date(p);
    }
  } else {
    value = reduced(base);  // hours and minutes: the anchor's day
  }
  out.push_back(make(m, "DATE", value, a.get("mod")));
  if (st.mode == TimexMode::kNarrative) remember(st, m, p);
  return true;
}

// ---------------------------------------------------------------------------------------------
// set and ref
// ---------------------------------------------------------------------------------------------
bool set(const Args& a, ResolveState&, std::vector<Timex>& out) {
  std::string value;
  if (a.has("set_word")) {
    value = a.get("set_word");
    if (value.size() > 1 && value[0] == 'T') value = "XXXX-XX-XX" + value;
  } else if (a.has("weekday") || a.has("weekday_set")) {
    value = "XXXX-WXX-" + (a.has("weekday") ? a.get("weekday") : a.get("weekday_set"));
  } else if (a.has("daypart")) {
    value = "XXXX-XX-XXT" + a.get("daypart");
  } else if (a.has("unit")) {
    std::string unit = a.get("unit");
    if (unit == "WE") {
      value = "XXXX-WXX-WE";
    } else {
      double n = a.has("count") ? std::atof(a.get("count").c_str()) : 1;
      if (n <= 0) return false;
      value = duration_value(n, unit);
    }
  }
  if (value.empty()) return false;
  out.push_back(make(a.m, "SET", value));
  return true;
}

bool ref(const Args& a, ResolveState&, std::vector<Timex>& out) {
  out.push_back(make(a.m, "DATE", a.get("vague")));
  return true;
}

bool dispatch(const std::string& name, const Args& a, ResolveState& st, std::vector<Timex>& out);

// ---------------------------------------------------------------------------------------------
// range: "vom 1. bis 3. Mai", "1939–1945", "zwischen 17 und 23 Uhr" are two expressions; the
// first takes month and year from the second when it has none of its own.
// ---------------------------------------------------------------------------------------------
bool range(const Args& a, ResolveState& st, std::vector<Timex>& out) {
  const Match& m = a.m;
  if (a.get("bare") == "1" && !bare_year_ok(st, m)) return false;
  Match first = m, second = m;
  first.slots.clear();
  second.slots.clear();
  uint32_t first_last = m.tok_begin, second_first = m.tok_end;
  for (const Slot& s : m.slots) {
    if (!s.name.empty() && s.name.back() == '2') {
      Slot copy = s;
      copy.name.pop_back();
      second.slots.push_back(copy);
      second_first = std::min(second_first, s.tok);
    } else {
      first.slots.push_back(s);
      first_last = std::max(first_last, s.tok);
    }
  }
  for (const char* inherit : {"month", "year", "bc"}) {
    if (!first.has(inherit) && second.has(inherit)) {
      const Slot* s = second.slot(inherit);
      if (std::string(inherit) == "month" && !first.has("day")) continue;
      if (std::string(inherit) == "year" && !first.has("month") && !first.has("day")) continue;
      first.slots.push_back({s->name, s->value, first_last});
    }
  }
  const auto& toks = st.scan.toks;
  first.tok_end = first_last + 1;
  first.byte_end = toks[first_last].end;
  if (st.text[first.byte_end - 1] == '.' && !first.has("day")) --first.byte_end;
  second.tok_begin = second_first;
  second.byte_begin = toks[second_first].begin;
  size_t mark = out.size();
  Args fa{first, {}}, sa{second, {}};
  // Resolve the second part first when the first inherits from it? No: order of mention keeps
  // the narrative anchor right; inheritance above already copied the explicit parts.
  if (!date(fa, st, out) || !date(sa, st, out)) {
    out.resize(mark);
    return false;
  }
  return true;
}

bool dispatch(const std::string& name, const Args& a, ResolveState& st, std::vector<Timex>& out) {
  if (name == "date") return date(a, st, out);
  if (name == "relunit") return relunit(a, st, out);
  if (name == "offset") return offset(a, st, out);
  if (name == "duration") return duration(a, st, out);
  if (name == "set") return set(a, st, out);
  if (name == "ref") return ref(a, st, out);
  if (name == "range") return range(a, st, out);
  return false;
}

}  // namespace

bool normalise(const Match& m, ResolveState& st, std::vector<Timex>& out) {
  Args a{m, {}};
  for (const auto& [k, v] : m.rule->fixed) a.fixed.push_back({k, v, m.tok_begin});
  size_t mark = out.size();
  if (!dispatch(m.rule->normaliser, a, st, out)) {
    out.resize(mark);
    return false;
  }
  return true;
}

}  // namespace lagebild::timex
