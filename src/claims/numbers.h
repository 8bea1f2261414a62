// Reading German numbers: digits with German separators, and number words.
#ifndef LAGEBILD_CLAIMS_NUMBERS_H_
#define LAGEBILD_CLAIMS_NUMBERS_H_

#include <optional>
#include <string_view>

#include "claims/lexicons.h"

namespace lagebild::claims {

struct DigitNumber {
  double value = 0;
  bool has_separator = false;  // "10.000" or "36,9": never a year
  bool has_decimal = false;
  int integer_digits = 0;
};

// Parses a German digit number: "10.000" (dots group thousands), "36,9" and "1.234,5" (comma is
// the decimal mark), "2024". Returns nullopt for what only looks like a number: dates "5.9.2025",
// times "23.30" or "12:30", phone-like strings (a leading zero, or seven or more digits without
// grouping), and anything with other characters.
std::optional<DigitNumber> parse_digits(std::string_view text);

// Parses a German cardinal number word, lower case: atoms from number_words.tsv ("zwölf",
// "hundert") and their compounds "einundzwanzig", "dreihundertzwölf", "zweitausendfünfhundert",
// "zweieinhalb". Returns nullopt for other words, and for an article ("ein") standing alone.
std::optional<double> parse_number_word(std::string_view lower,
                                        const ClaimLexicons::Tables& tables);

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_NUMBERS_H_
