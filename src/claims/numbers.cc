#include "claims/numbers.h"

#include <string>

namespace lagebild::claims {

std::optional<DigitNumber> parse_digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  size_t comma = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') {
      if (comma != std::string_view::npos) return std::nullopt;
      comma = i;
    } else if (c != '.' && (c < '0' || c > '9')) {
      return std::nullopt;  // 12:30, 3/4, letters
    }
  }
  std::string_view integer = s.substr(0, comma);
  std::string_view fraction = comma == std::string_view::npos ? "" : s.substr(comma + 1);
  if (integer.empty() || (comma != std::string_view::npos && fraction.empty())) {
    return std::nullopt;
  }
  if (fraction.find('.') != std::string_view::npos) return std::nullopt;

  DigitNumber n;
  // Dots must group thousands: 1-3 digits, then groups of exactly three.
  std::string digits;
  size_t group_start = 0;
  bool first_group = true;
  for (size_t i = 0; i <= integer.size(); ++i) {
    if (i == integer.size() || integer[i] == '.') {
      size_t len = i - group_start;
      if (first_group ? (len < 1 || len > 3) : len != 3) {
        // "5.9.2025" (date), "23.30" (time) or a stray dot: not a quantity.
        if (!(first_group && i == integer.size())) return std::nullopt;
      }
      if (i < integer.size()) n.has_separator = true;
      first_group = false;
      group_start = i + 1;
    } else {
      digits.push_back(integer[i]);
    }
  }
  if (digits.empty()) return std::nullopt;
  n.integer_digits = static_cast<int>(digits.size());
  if (!n.has_separator) {
    // A leading zero ("0171") or a long ungrouped string is a phone number or an id.
    if (digits.size() > 1 && digits[0] == '0') return std::nullopt;
    if (digits.size() >= 7) return std::nullopt;
  }
  double value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  double scale = 0.1;
  for (char c : fraction) {
    if (c < '0' || c > '9') return std::nullopt;
    value += (c - '0') * scale;
    scale /= 10;
  }
  n.has_decimal = !fraction.empty();
  if (n.has_decimal) n.has_separator = true;
  n.value = value;
  return n;
}

namespace {

using NumberKind = ClaimLexicons::Tables::NumberKind;

// An atom from the table, the article "ein" counting as 1 inside compounds.
std::optional<double> atom(std::string_view s, const ClaimLexicons::Tables& t) {
  if (s == "ein") return 1.0;
  const auto* w = t.number_word(std::string(s));
  if (w == nullptr || w->kind != NumberKind::kCardinal) return std::nullopt;
  return w->value;
}

// Numbers below 100: an atom, or ones + "und" + tens (einundzwanzig).
std::optional<double> below_hundred(std::string_view s, const ClaimLexicons::Tables& t) {
  if (s.empty()) return std::nullopt;
  if (auto a = atom(s, t); a && *a < 100) return a;
  size_t und = s.find("und");
  if (und == std::string_view::npos || und == 0) return std::nullopt;
  auto ones = atom(s.substr(0, und), t);
  auto tens = atom(s.substr(und + 3), t);
  if (!ones || !tens || *ones < 1 || *ones > 9 || *tens < 20 || *tens > 90) return std::nullopt;
  if (static_cast<int>(*tens) % 10 != 0) return std::nullopt;
  return *ones + *tens;
}

// Numbers below 1000: [below_hundred] "hundert" [below_hundred], or below_hundred.
std::optional<double> below_thousand(std::string_view s, const ClaimLexicons::Tables& t) {
  size_t h = s.find("hundert");
  if (h == std::string_view::npos) return below_hundred(s, t);
  double left = 1;
  if (h > 0) {
    auto l = below_hundred(s.substr(0, h), t);
    if (!l || *l >= 10) return std::nullopt;
    left = *l;
  }
  std::string_view rest = s.substr(h + 7);
  double right = 0;
  if (!rest.empty()) {
    auto r = below_hundred(rest, t);
    if (!r) return std::nullopt;
    right = *r;
  }
  return left * 100 + right;
}

std::optional<double> compound(std::string_view s, const ClaimLexicons::Tables& t) {
  size_t k = s.find("tausend");
  if (k == std::string_view::npos) return below_thousand(s, t);
  double left = 1;
  if (k > 0) {
    auto l = below_thousand(s.substr(0, k), t);
    if (!l) return std::nullopt;
    left = *l;
  }
  std::string_view rest = s.substr(k + 7);
  double right = 0;
  if (!rest.empty()) {
    auto r = below_thousand(rest, t);
    if (!r) return std::nullopt;
    right = *r;
  }
  return left * 1000 + right;
}

}  // namespace

std::optional<double> parse_number_word(std::string_view s, const ClaimLexicons::Tables& t) {
  if (s.empty() || s == "ein" || s == "und") return std::nullopt;
  // Most words end like no number word: no lookups for them.
  if (!t.may_be_number_word(s)) return std::nullopt;
  if (auto a = atom(s, t)) return a;
  // "zweieinhalb" = 2.5; "eineinhalb" and "anderthalb" are atoms.
  constexpr std::string_view kHalf = "einhalb";
  if (s.size() > kHalf.size() && s.substr(s.size() - kHalf.size()) == kHalf) {
    auto whole = compound(s.substr(0, s.size() - kHalf.size()), t);
    if (whole) return *whole + 0.5;
    return std::nullopt;
  }
  return compound(s, t);
}

}  // namespace lagebild::claims
