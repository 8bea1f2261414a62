// Loading the rule files: a broken rule or lexicon line is an error naming FILE:LINE and the
// reason, never silently dropped; the shipped rules load and index.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/paths.h"
#include "lagebild/error.h"
#include "lagebild/timex.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

// A copy of the shipped rule folder in a temporary directory, with one file overwritten.
class RuleDir {
 public:
  RuleDir() {
    dir_ = fs::temp_directory_path() /
           ("lagebild_timex_rules_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(data_path("de/timex"))) {
      fs::copy_file(e.path(), dir_ / e.path().filename());
    }
  }
  ~RuleDir() { fs::remove_all(dir_); }
  void append(const std::string& file, const std::string& line) {
    std::ofstream out(dir_ / file, std::ios::app);
    out << line << "\n";
  }
  std::string path() const { return dir_.string(); }
  int lines(const std::string& file) const {
    std::ifstream in(dir_ / file);
    std::string l;
    int n = 0;
    while (std::getline(in, l)) ++n;
    return n;
  }

 private:
  fs::path dir_;
};

std::string load_error(const RuleDir& dir) {
  try {
    TimexRules::load(dir.path());
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kInvalidData) << e.what();
    return e.what();
  }
  return "";
}

TEST(TimexRules, ShippedRulesLoad) {
  auto rules = TimexRules::load(data_path("de/timex"));
  ASSERT_NE(rules, nullptr);
  EXPECT_GT(rules->rule_count(), 50u);
}

struct BrokenRule {
  const char* line;
  const char* reason;  // a part of the message
};

class TimexBrokenRuleTest : public ::testing::TestWithParam<BrokenRule> {};

TEST_P(TimexBrokenRuleTest, ReportsFileLineAndReason) {
  RuleDir dir;
  dir.append("rules.txt", GetParam().line);
  const std::string where = dir.path() + "/rules.txt:" + std::to_string(dir.lines("rules.txt"));
  const std::string message = load_error(dir);
  EXPECT_NE(message.find(where), std::string::npos) << message;
  EXPECT_NE(message.find(GetParam().reason), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TimexBrokenRuleTest,
    ::testing::Values(
        BrokenRule{"bad.lexicon: @no_such_lexicon => date", "unknown lexicon @no_such_lexicon"},
        BrokenRule{"bad.class: <fortnight> => date", "unknown number class <fortnight>"},
        BrokenRule{"bad.norm: @month => guess", "unknown normaliser 'guess'"},
        BrokenRule{"no arrow here @month", "expected 'NAME: PATTERN => NORMALISER'"},
        BrokenRule{"bad.empty:  => date", "empty pattern"},
        BrokenRule{"bad.bracket: [am @month => date", "unclosed '['"},
        BrokenRule{"bad.context: [am] => date", "only context"},
        BrokenRule{"bad.quote: 'Morgen => date", "unclosed quote"},
        BrokenRule{"bad.args: @month => date(rel)", "not KEY=VALUE"},
        BrokenRule{"bad.phrase: v.chr. => date", "is not one token"},
        BrokenRule{"bad.negative: !@month => date", "negative"},
        BrokenRule{"date.dmy: <dmy> => date", "duplicate rule name date.dmy"}));

TEST(TimexRules, BrokenLexiconLineIsReported) {
  RuleDir dir;
  dir.append("month.tsv", "brumaire");  // no TAB, no value
  const std::string message = load_error(dir);
  const std::string where = dir.path() + "/month.tsv:" + std::to_string(dir.lines("month.tsv"));
  EXPECT_NE(message.find(where), std::string::npos) << message;
  EXPECT_NE(message.find("FORM<TAB>VALUE"), std::string::npos) << message;
}

TEST(TimexRules, EmptyLexiconValueIsReported) {
  RuleDir dir;
  dir.append("weekday.tsv", "feiertag\t");
  EXPECT_NE(load_error(dir).find("empty value"), std::string::npos);
}

TEST(TimexRules, MissingDirectoryIsNotFound) {
  try {
    TimexRules::load("/nonexistent/timex");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kNotFound);
  }
}

TEST(TimexRules, BrokenEventLineIsReported) {
  const fs::path path = fs::temp_directory_path() / "lagebild_timex_events_broken.tsv";
  {
    std::ofstream out(path);
    out << "# comment\n2022-13-01\tKrieg\tkrieg*\tukrain*\tsource\n";
  }
  try {
    TimexRules::load(data_path("de/timex"), path.string());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("bad date"), std::string::npos) << e.what();
  }
  fs::remove(path);
}

TEST(TimexRules, AddedRuleIsUsed) {
  // A rule added to the file takes effect without code changes.
  RuleDir dir;
  dir.append("rules.txt", "test.christmas: weihnachten => date(month=12, day=25)");
  TimexTagger tagger(TimexRules::load(dir.path()));
  Document doc;
  doc.text = "Zu Weihnachten kam die Familie.";
  tagger.tag(doc, ReferenceDate::parse("2024-12-01"));
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.timexes[0]), "Weihnachten");
  EXPECT_EQ(doc.timexes[0].value, "2024-12-25");
}

}  // namespace
}  // namespace lagebild
