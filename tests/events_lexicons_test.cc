// The events stage's tables: verb forms generated from data/de/events/verbs.tsv, compound noun
// matching, and errors naming FILE:LINE for broken lines.
#include <gtest/gtest.h>

#include <lagebild/error.h>
#include <lagebild/events.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/paths.h"
#include "events/lexicons.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using Form = EventLexicons::Tables::Form;

bool has_form(const std::vector<GeneratedForm>& forms, const std::string& text, Form form,
              bool needs_particle) {
  return std::any_of(forms.begin(), forms.end(), [&](const GeneratedForm& f) {
    return f.text == text && f.form == form && f.needs_particle == needs_particle;
  });
}

TEST(EventsLexiconsTest, WeakSeparableVerbForms) {
  const auto forms = generate_verb_forms("ab|lehnen", {});
  EXPECT_TRUE(has_form(forms, "ablehnen", Form::kInfinitive, false));
  EXPECT_TRUE(has_form(forms, "abzulehnen", Form::kInfinitive, false));
  EXPECT_TRUE(has_form(forms, "lehnte", Form::kFinite, true));  // "lehnte ... ab"
  EXPECT_TRUE(has_form(forms, "lehnt", Form::kFinite, true));
  EXPECT_TRUE(has_form(forms, "ablehnte", Form::kFinite, false));  // "..., dass er ablehnte"
  EXPECT_TRUE(has_form(forms, "abgelehnt", Form::kParticiple, false));
  EXPECT_FALSE(has_form(forms, "gelehnt", Form::kParticiple, false));
}

TEST(EventsLexiconsTest, WeakVerbParticiples) {
  // -ieren and inseparable prefixes take no ge-; stems in -t/-d and -chn insert -e-.
  EXPECT_TRUE(
      has_form(generate_verb_forms("telefonieren", {}), "telefoniert", Form::kParticiple, false));
  EXPECT_TRUE(
      has_form(generate_verb_forms("verurteilen", {}), "verurteilt", Form::kParticiple, false));
  EXPECT_TRUE(has_form(generate_verb_forms("töten", {}), "getötet", Form::kParticiple, false));
  EXPECT_TRUE(has_form(generate_verb_forms("töten", {}), "tötete", Form::kFinite, false));
  EXPECT_TRUE(has_form(generate_verb_forms("unterzeichnen", {}), "unterzeichnet", Form::kParticiple,
                       false));
  EXPECT_TRUE(has_form(generate_verb_forms("fordern", {}), "forderten", Form::kFinite, false));
  EXPECT_TRUE(has_form(generate_verb_forms("fordern", {}), "gefordert", Form::kParticiple, false));
}

TEST(EventsLexiconsTest, StrongVerbFormsFromTheFile) {
  const auto forms = generate_verb_forms("an|greifen", {"greift", "griff", "griffen", "gegriffen"});
  EXPECT_TRUE(has_form(forms, "griff", Form::kFinite, true));
  EXPECT_TRUE(has_form(forms, "angriff", Form::kFinite, false));
  EXPECT_TRUE(has_form(forms, "angegriffen", Form::kParticiple, false));
  EXPECT_TRUE(has_form(forms, "anzugreifen", Form::kInfinitive, false));
}

TEST(EventsLexiconsTest, LoadedTablesMatchWordsAndCompounds) {
  const EventLexicons lexicons;
  const auto& t = lexicons.tables();
  const auto* forms = t.verb_form("telefonierte");
  ASSERT_NE(forms, nullptr);
  EXPECT_EQ(t.verbs[(*forms)[0].verb].type, "CONSULT");

  size_t head = 99;
  const auto* noun = t.noun("raketenangriffe", &head);
  ASSERT_NE(noun, nullptr);
  EXPECT_EQ(noun->type, "ASSAULT");
  EXPECT_EQ(head, std::string("raketen").size());
  EXPECT_NE(t.noun("telefonats", &head), nullptr);
  EXPECT_EQ(head, 0u);
  EXPECT_EQ(t.noun("begriffe", &head), nullptr);  // ends in "griff", not "angriff"
  EXPECT_EQ(t.noun("krieg", &head), nullptr);
  EXPECT_NE(t.cue("nicht") & EventLexicons::Tables::kNegation, 0);
}

class EventsBrokenDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lagebild_events_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& entry : fs::directory_iterator(data_path("de/events"))) {
      fs::copy_file(entry.path(), dir_ / entry.path().filename());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  void append(const std::string& file, const std::string& line) {
    std::ofstream out(dir_ / file, std::ios::app);
    out << line << "\n";
  }

  size_t lines(const std::string& file) {
    std::ifstream in(dir_ / file);
    size_t n = 0;
    std::string line;
    while (std::getline(in, line)) ++n;
    return n;
  }

  // Loads the copy and returns the error message, or "" when it loads.
  std::string load_error() {
    try {
      EventLexicons::Options options;
      options.dir = dir_.string();
      EventLexicons lexicons(options);
      return "";
    } catch (const Error& e) {
      return e.what();
    }
  }

  fs::path dir_;
};

TEST_F(EventsBrokenDataTest, TheCopyLoads) {
  EXPECT_EQ(load_error(), "");
}

TEST_F(EventsBrokenDataTest, UnknownTypeNamesFileAndLine) {
  append("verbs.tsv", "knutschen\tHUG\t-\t-\t-");
  const std::string where = "verbs.tsv:" + std::to_string(lines("verbs.tsv"));
  const std::string error = load_error();
  EXPECT_NE(error.find(where), std::string::npos) << error;
  EXPECT_NE(error.find("HUG"), std::string::npos) << error;
}

TEST_F(EventsBrokenDataTest, MissingColumnNamesFileAndLine) {
  append("nouns.tsv", "gipfeltreffen\tCONSULT");
  const std::string error = load_error();
  EXPECT_NE(error.find("nouns.tsv:" + std::to_string(lines("nouns.tsv"))), std::string::npos)
      << error;
}

TEST_F(EventsBrokenDataTest, BadStemFormsAndConditions) {
  append("verbs.tsv", "schlagen\tASSAULT\t-\tschlägt,schlug\t-");
  EXPECT_NE(load_error().find("expected 4 stem forms"), std::string::npos);
  SetUp();
  append("verbs.tsv", "schlagen\tASSAULT\t-\t-\tprep");
  EXPECT_NE(load_error().find("unknown condition 'prep'"), std::string::npos);
  SetUp();
  append("cues.tsv", "vielleicht\tmaybe");
  EXPECT_NE(load_error().find("cues.tsv:"), std::string::npos);
}

TEST_F(EventsBrokenDataTest, MissingFile) {
  fs::remove(dir_ / "modes.tsv");
  EXPECT_NE(load_error().find("modes.tsv"), std::string::npos);
}

}  // namespace
}  // namespace lagebild
