// Table-driven tests of the dating cue scanner: (text) -> (kind, date parts, weekday/duration).
#include <gtest/gtest.h>

#include "time/dating_cues.h"
#include "time/dating_tokens.h"

namespace lagebild::dating {
namespace {

struct CueCase {
  const char* text;
  DateCue::Kind kind;
  int year, month, day;
  int weekday;
  const char* extent;
};

class CueTable : public ::testing::TestWithParam<CueCase> {};

TEST_P(CueTable, FindsTheCue) {
  const CueCase& c = GetParam();
  const std::string text = c.text;
  const auto cues = find_date_cues(tokenize_for_dating(text));
  ASSERT_EQ(cues.size(), 1u) << text;
  EXPECT_EQ(cues[0].kind, c.kind) << text;
  EXPECT_EQ(cues[0].year, c.year) << text;
  EXPECT_EQ(cues[0].month, c.month) << text;
  EXPECT_EQ(cues[0].day, c.day) << text;
  EXPECT_EQ(cues[0].weekday, c.weekday) << text;
  EXPECT_EQ(text.substr(cues[0].begin, cues[0].end - cues[0].begin), c.extent) << text;
}

using K = DateCue::Kind;
INSTANTIATE_TEST_SUITE_P(
    Dating, CueTable,
    ::testing::Values(
        CueCase{"Das Treffen fand am 2. Juli 2025 statt.", K::kFullDate, 2025, 7, 2, -1,
                "2. Juli 2025"},
        CueCase{"Stand: 5.9.2025, abends.", K::kFullDate, 2025, 9, 5, -1, "5.9.2025"},
        CueCase{"Bereits im März 2023 hatte man sich geeinigt.", K::kMonthYear, 2023, 3, 0, -1,
                "März 2023"},
        CueCase{"Im Jänner 2024 wurde gewählt.", K::kMonthYear, 2024, 1, 0, -1, "Jänner 2024"},
        CueCase{"Am Freitag, 5. Mai, kam es zum Streit.", K::kDayMonth, 0, 5, 5, 4, "5. Mai"},
        CueCase{"Am Sonntag, den 12. März wurde gewählt.", K::kDayMonth, 0, 3, 12, 6, "12. März"},
        CueCase{"Die Sitzung am 2. Juli verlief ruhig.", K::kDayMonth, 0, 7, 2, -1, "2. Juli"},
        CueCase{"Seit dem 24.2. herrscht Krieg.", K::kDayMonth, 0, 2, 24, -1, "24.2."},
        CueCase{"Das war im Jahr 2019 anders.", K::kYear, 2019, 0, 0, -1, "2019"},
        CueCase{"Die Zahl stieg im Juni deutlich.", K::kMonthName, 0, 6, 0, -1, "im Juni"},
        CueCase{"Die Lage hat sich seit Ende Mai beruhigt.", K::kMonthName, 0, 5, 0, -1,
                "Ende Mai"}));

TEST(DatingCues, ThousandsAndNamesAreNotDates) {
  for (const char* text : {"Es kamen 2.000 Soldaten.", "August Bebel sprach.",
                           "Er zahlte 36,9 Euro.", "Im Jahr 2000 Soldaten"}) {
    const auto cues = find_date_cues(tokenize_for_dating(text));
    for (const auto& c : cues) EXPECT_NE(c.kind, K::kFullDate) << text;
    if (std::string(text).find("Bebel") != std::string::npos) {
      EXPECT_TRUE(cues.empty()) << text;
    }
  }
}

TEST(DatingCues, DurationsKeepLengthStepAndMod) {
  struct Case {
    const char* text;
    double months, step;
    int mod;
  };
  for (const Case& c :
       {Case{"im seit mehr als dreieinhalb Jahren andauernden Krieg", 42, 6, 1},
        Case{"seit fast drei Jahren", 36, 12, -1}, Case{"seit über 14 Monaten", 14, 1, 1},
        Case{"seit zweieinhalb Jahren", 30, 6, 0}}) {
    const auto cues = find_date_cues(tokenize_for_dating(c.text));
    ASSERT_EQ(cues.size(), 1u) << c.text;
    EXPECT_EQ(cues[0].kind, K::kDuration);
    EXPECT_DOUBLE_EQ(cues[0].months, c.months) << c.text;
    EXPECT_DOUBLE_EQ(cues[0].step, c.step) << c.text;
    EXPECT_EQ(cues[0].mod, c.mod) << c.text;
  }
}

TEST(DatingTokens, FoldsCaseAndKeepsInnerHyphens) {
  const auto t = tokenize_for_dating("Die Trump-Regierung und ÄRZTE, 5.9.2025.");
  ASSERT_GE(t.size(), 6u);
  EXPECT_EQ(t[1].lower, "trump-regierung");
  EXPECT_TRUE(t[1].capitalised);
  EXPECT_EQ(t[3].lower, "ärzte");
  EXPECT_EQ(t[5].lower, "5.9.2025");
  EXPECT_TRUE(t[5].period_after);
}

}  // namespace
}  // namespace lagebild::dating
