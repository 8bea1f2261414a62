// German number reading: digits with German separators and number words (src/claims/numbers.h).
#include <gtest/gtest.h>

#include "claims/lexicons.h"
#include "claims/numbers.h"
#include "lagebild/error.h"

namespace lagebild::claims {
namespace {

const ClaimLexicons& lexicons() {
  static const ClaimLexicons instance;
  return instance;
}

TEST(ClaimsNumbersTest, DigitsWithGermanSeparators) {
  struct Case {
    const char* text;
    double value;
  } cases[] = {{"10.000", 10000},   {"36,9", 36.9},         {"33,76", 33.76}, {"2024", 2024},
               {"1.234,5", 1234.5}, {"1.500.000", 1500000}, {"0,5", 0.5},     {"7", 7}};
  for (const auto& c : cases) {
    auto n = parse_digits(c.text);
    ASSERT_TRUE(n.has_value()) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
  }
  EXPECT_TRUE(parse_digits("10.000")->has_separator);
  EXPECT_FALSE(parse_digits("2024")->has_separator);
}

TEST(ClaimsNumbersTest, RejectsDatesTimesAndPhoneNumbers) {
  for (const char* text :
       {"5.9.2025", "23.30", "12:30", "0171", "1234567", "3/4", "1.5", "10.00", "F16", ""}) {
    EXPECT_FALSE(parse_digits(text).has_value()) << text;
  }
}

TEST(ClaimsNumbersTest, NumberWordsAndCompounds) {
  struct Case {
    const char* word;
    double value;
  } cases[] = {{"eins", 1},
               {"zwölf", 12},
               {"zwanzig", 20},
               {"hundert", 100},
               {"tausend", 1000},
               {"einundzwanzig", 21},
               {"siebenundneunzig", 97},
               {"dreihundert", 300},
               {"dreihundertzwölf", 312},
               {"zweitausendfünfhundert", 2500},
               {"zweihunderttausend", 200000},
               {"zweieinhalb", 2.5},
               {"dreieinhalb", 3.5},
               {"anderthalb", 1.5},
               {"eineinhalb", 1.5}};
  for (const auto& c : cases) {
    auto v = parse_number_word(c.word, lexicons().tables());
    ASSERT_TRUE(v.has_value()) << c.word;
    EXPECT_DOUBLE_EQ(*v, c.value) << c.word;
  }
}

TEST(ClaimsNumbersTest, OtherWordsAreNotNumbers) {
  for (const char* word : {"ein", "und", "rund", "grund", "hundertprozentig", "tausendmal",
                           "hunderte", "einige", "zehnten", "dreißigjährige"}) {
    EXPECT_FALSE(parse_number_word(word, lexicons().tables()).has_value()) << word;
  }
}

TEST(ClaimsLexiconsTest, MissingDirectoryNamesThePath) {
  ClaimLexicons::Options options;
  options.dir = "/nonexistent/claims";
  try {
    ClaimLexicons broken(options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/claims/"), std::string::npos);
  }
}

}  // namespace
}  // namespace lagebild::claims
