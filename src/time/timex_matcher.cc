#include "time/timex_matcher.h"

#include <algorithm>

namespace lagebild::timex {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// "N." with N of 1-2 digits → N, else -1.
int ordinal_value(std::string_view s) {
  if (s.size() < 2 || s.back() != '.') return -1;
  s.remove_suffix(1);
  if (s.size() > 2 || !all_digits(s)) return -1;
  return to_int(s);
}

class Matcher {
 public:
  Matcher(const TimexRules::Impl& rules, std::string_view text, const Scan& scan)
      : rules_(rules), text_(text), scan_(scan) {}

  // Matches `rule` with its anchor element at token i; fills `m` on success.
  bool run(const Rule& rule, size_t i, Match& m) {
    rule_ = &rule;
    // Leading context, checked backwards.
    for (size_t k = 0; k < rule.anchor; ++k) {
      size_t back = rule.anchor - k;
      if (i < back) return false;
      if (!literal(rule.elements[k], i - back)) return false;
    }
    slots_.clear();
    extent_end_ = i;
    trim_dot_ = false;
    if (!go(rule.anchor, i)) return false;
    m.rule = &rule;
    m.tok_begin = static_cast<uint32_t>(i);
    m.tok_end = static_cast<uint32_t>(extent_end_);
    m.byte_begin = scan_.toks[i].begin;
    m.byte_end = scan_.toks[extent_end_ - 1].end - (trim_dot_ ? 1 : 0);
    m.slots = slots_;
    return true;
  }

 private:
  bool literal(const Element& e, size_t t) const {
    const Tok& tok = scan_.toks[t];
    if (e.case_sensitive) {
      std::string_view orig = text_.substr(tok.begin, tok.end - tok.begin);
      return std::find(e.literals.begin(), e.literals.end(), orig) != e.literals.end();
    }
    std::string_view low = scan_.low(tok);
    return std::find(e.literals.begin(), e.literals.end(), low) != e.literals.end();
  }

  void add(const std::string& name, std::string value, size_t tok) {
    if (!name.empty()) slots_.push_back({name, std::move(value), static_cast<uint32_t>(tok)});
  }
  std::string named(const Element& e, const char* dflt, bool multi) const {
    if (e.slot.empty()) return dflt;
    return multi ? dflt + e.slot : e.slot;
  }

  // Tokens consumed by element e at token t (0 = no match); slots appended.
  size_t one(const Element& e, size_t t) {
    if (t >= scan_.toks.size()) return 0;
    const Tok& tok = scan_.toks[t];
    std::string_view low = scan_.low(tok);
    switch (e.kind) {
      case Element::Kind::kLiteral:
        if (!literal(e, t)) return 0;
        add(e.slot, std::string(low), t);
        return 1;
      case Element::Kind::kLexicon:
        return lexicon(*e.lexicon, t, e.slot);
      case Element::Kind::kCompound: {
        auto it = e.compound->find(low);
        if (it == e.compound->end()) return 0;
        add(e.slot, it->second.first, t);
        add(e.slot2, it->second.second, t);
        return 1;
      }
      case Element::Kind::kDigitCompound: {
        size_t d = 0;
        while (d < low.size() && low[d] >= '0' && low[d] <= '9') ++d;
        if (d == 0 || d > 4) return 0;
        std::string_view rest = low.substr(d);
        if (!rest.empty() && rest[0] == '-') rest.remove_prefix(1);
        const auto* entries = e.lexicon->find(rest);
        if (entries == nullptr || !entries->back().rest.empty()) return 0;
        add(e.slot, std::string(low.substr(0, d)), t);
        add(e.slot2, entries->back().value, t);
        return 1;
      }
      case Element::Kind::kClass:
        return number(e, t, tok, low);
    }
    return 0;
  }

  size_t lexicon(const Lexicon& lex, size_t t, const std::string& slot) {
    const auto* entries = lex.find(scan_.low(scan_.toks[t]));
    if (entries == nullptr) return 0;
    for (const LexEntry& entry : *entries) {
      bool ok = true;
      for (size_t k = 0; k < entry.rest.size() && ok; ++k) {
        ok = t + 1 + k < scan_.toks.size() && scan_.low(scan_.toks[t + 1 + k]) == entry.rest[k];
      }
      if (!ok) continue;
      add(slot, entry.value, t);
      return 1 + entry.rest.size();
    }
    return 0;
  }

  size_t number(const Element& e, size_t t, const Tok& tok, std::string_view s) {
    const bool is_num = tok.kind == TokKind::kNumber;
    switch (e.num_class) {
      case NumClass::kYear:
        if (!is_num || s.size() != 4 || !all_digits(s)) return 0;
        if (int v = to_int(s); v < 1000 || v > 2199) return 0;
        add(named(e, "year", false), std::string(s), t);
        return 1;
      case NumClass::kYearNum: {
        std::string_view d = s;
        if (!d.empty() && d.back() == '.') d.remove_suffix(1);
        if (!is_num || d.empty() || d.size() > 4 || !all_digits(d) || d[0] == '0') return 0;
        if (to_int(d) > 2199) return 0;
        add(named(e, "year", false), std::string(d), t);
        return 1;
      }
      case NumClass::kDay:
      case NumClass::kMonthNum:
      case NumClass::kOrdinal: {
        int v = is_num ? ordinal_value(s) : -1;
        int max = e.num_class == NumClass::kDay ? 31 : e.num_class == NumClass::kMonthNum ? 12 : 99;
        if (v < 1 || v > max) return 0;
        const char* name = e.num_class == NumClass::kDay        ? "day"
                           : e.num_class == NumClass::kMonthNum ? "month"
                                                                : "ordinal";
        add(named(e, name, false), std::to_string(v), t);
        return 1;
      }
      case NumClass::kDayNum:
      case NumClass::kHour: {
        if (!is_num || s.size() > 2 || !all_digits(s)) return 0;
        int v = to_int(s);
        bool day = e.num_class == NumClass::kDayNum;
        if (day ? (v < 1 || v > 31) : v > 24) return 0;
        add(named(e, day ? "day" : "hour", false), std::to_string(v), t);
        return 1;
      }
      case NumClass::kMinute:
        if (!is_num || s.size() != 2 || !all_digits(s) || to_int(s) > 59) return 0;
        add(named(e, "minute", false), std::string(s), t);
        return 1;
      case NumClass::kDmy:
      case NumClass::kDm: {
        if (!is_num) return 0;
        std::string_view d = s;
        bool dot = !d.empty() && d.back() == '.';
        if (dot) d.remove_suffix(1);
        size_t p1 = d.find('.');
        if (p1 == std::string_view::npos) return 0;
        size_t p2 = d.find('.', p1 + 1);
        std::string_view dd = d.substr(0, p1);
        std::string_view mm =
            p2 == std::string_view::npos ? d.substr(p1 + 1) : d.substr(p1 + 1, p2 - p1 - 1);
        std::string_view yy = p2 == std::string_view::npos ? std::string_view() : d.substr(p2 + 1);
        if (dd.empty() || dd.size() > 2 || mm.empty() || mm.size() > 2 || !all_digits(dd) ||
            !all_digits(mm))
          return 0;
        int day = to_int(dd), month = to_int(mm);
        if (day < 1 || day > 31 || month < 1 || month > 12) return 0;
        if (e.num_class == NumClass::kDm) {
          if (!yy.empty() || !dot) return 0;
        } else {
          if ((yy.size() != 2 && yy.size() != 4) || !all_digits(yy)) return 0;
          add(named(e, "year", true), yy.size() == 2 ? "Y" + std::string(yy) : std::string(yy), t);
        }
        add(named(e, "day", true), std::to_string(day), t);
        add(named(e, "month", true), std::to_string(month), t);
        return 1;
      }
      case NumClass::kIso: {
        if (!is_num || s.size() != 10 || s[4] != '-' || s[7] != '-') return 0;
        int m = to_int(s.substr(5, 2)), d = to_int(s.substr(8, 2));
        if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
        add(named(e, "year", true), std::string(s.substr(0, 4)), t);
        add(named(e, "month", true), std::to_string(m), t);
        add(named(e, "day", true), std::to_string(d), t);
        return 1;
      }
      case NumClass::kClock: {
        if (!is_num) return 0;
        std::string_view d = s;
        if (!d.empty() && d.back() == '.') return 0;
        size_t p = d.find_first_of(".:");
        if (p == std::string_view::npos || p == 0 || p > 2 || d.size() != p + 3) return 0;
        std::string_view hh = d.substr(0, p), mm = d.substr(p + 1);
        if (!all_digits(hh) || !all_digits(mm)) return 0;
        if (to_int(hh) > 24 || to_int(mm) > 59) return 0;
        add(named(e, "hour", true), std::to_string(to_int(hh)), t);
        add(named(e, "minute", true), std::string(mm), t);
        add(named(e, "sep", true), std::string(1, d[p]), t);
        return 1;
      }
      case NumClass::kCount: {
        if (is_num) {
          if (s.empty() || s.back() == '.' || s.find('.') != std::string_view::npos ||
              s.find(':') != std::string_view::npos)
            return 0;
          std::string v(s);
          std::replace(v.begin(), v.end(), ',', '.');
          if (v.size() > 6) return 0;
          add(named(e, "count", false), v, t);
          return 1;
        }
        return lexicon(*rules_.numeral, t, named(e, "count", false));
      }
      case NumClass::kDecade: {
        if (!tok.starts_with_digit) return 0;
        size_t d = 0;
        while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
        if ((d != 2 && d != 4) || s.substr(d, 2) != "er") return 0;
        std::string_view rest = s.substr(d + 2);
        if (!rest.empty() && rest != "-jahre" && rest != "-jahren" && rest != "-jahrzehnt" &&
            rest != "-jahrzehnts")
          return 0;
        if (s[d - 1] != '0') return 0;
        add(named(e, "decade", false), std::string(s.substr(0, d - 1)), t);
        return 1;
      }
    }
    return 0;
  }

  bool go(size_t ei, size_t ti) {
    const auto& els = rule_->elements;
    if (ei == rule_->extent_end) extent_end_ = ti;
    if (ei == els.size()) return true;
    const Element& e = els[ei];
    size_t mark = slots_.size();
    if (e.negative) {
      size_t n = one(e, ti);
      slots_.resize(mark);
      return n == 0 && go(ei + 1, ti);
    }
    if (size_t n = one(e, ti); n > 0) {
      bool last_in_extent = ei + 1 == rule_->extent_end;
      bool saved_trim = trim_dot_;
      if (last_in_extent) {
        trim_dot_ = e.kind == Element::Kind::kClass &&
                    (e.num_class == NumClass::kYearNum || e.num_class == NumClass::kDmy) &&
                    scan_.low(scan_.toks[ti + n - 1]).back() == '.';
      }
      if (go(ei + 1, ti + n)) return true;
      trim_dot_ = saved_trim;
      slots_.resize(mark);
    }
    if (e.optional) return go(ei + 1, ti);
    return false;
  }

  const TimexRules::Impl& rules_;
  std::string_view text_;
  const Scan& scan_;
  const Rule* rule_ = nullptr;
  std::vector<Slot> slots_;
  size_t extent_end_ = 0;
  bool trim_dot_ = false;
};

}  // namespace

void match_at(const TimexRules::Impl& rules, std::string_view text, const Scan& scan, size_t i,
              std::vector<Match>& out) {
  out.clear();
  const Tok& tok = scan.toks[i];
  const std::vector<int>* words = nullptr;
  const std::string_view low = scan.low(tok);
  if (rules.may_start_rule(low)) {
    if (auto it = rules.word_rules.find(low); it != rules.word_rules.end()) words = &it->second;
  }
  const bool digits = tok.starts_with_digit;
  if (words == nullptr && !digits) return;
  Matcher matcher(rules, text, scan);
  auto try_rule = [&](int pos) {
    Match m;
    if (matcher.run(rules.rules[pos], i, m)) out.push_back(std::move(m));
  };
  if (words != nullptr) {
    for (int pos : *words) try_rule(pos);
  }
  if (digits) {
    for (int pos : rules.number_rules) try_rule(pos);
  }
  if (out.size() < 2) return;
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    if (a.tok_end != b.tok_end) return a.tok_end > b.tok_end;
    return a.rule->id < b.rule->id;
  });
}

}  // namespace lagebild::timex
