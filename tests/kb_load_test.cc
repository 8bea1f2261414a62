// Loading the knowledge base: the real tables load, are big enough, and a broken line is reported
// with file and line.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <lagebild/error.h>
#include <lagebild/kb.h>

namespace lagebild {
namespace {

namespace fs = std::filesystem;
const std::string kKbDir = std::string(LAGEBILD_SOURCE_DIR) + "/data/kb";

TEST(KbLoad, RealKnowledgeBaseLoadsFastAndIsLargeEnough) {
  const auto start = std::chrono::steady_clock::now();
  const auto kb = KnowledgeBase::load(kKbDir);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);  // well under a second in a release build; generous for debug/CI
  const auto s = kb->stats();
  EXPECT_GE(s.persons, 400u);
  EXPECT_GE(s.places + s.countries, 1000u);
  EXPECT_GE(s.countries, 100u);
  EXPECT_GE(s.organisations, 100u);
  EXPECT_GE(s.offices, 400u);
  EXPECT_GE(s.titles, 50u);
  EXPECT_GE(s.adjectives, 100u);
  EXPECT_GE(s.variants, 1000u);
}

// Copies the real tables into a temporary directory, lets the test break one, and loads it.
class BrokenKb : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("lagebild_kb_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& f : fs::directory_iterator(kKbDir)) {
      if (f.path().extension() == ".tsv") fs::copy_file(f.path(), dir_ / f.path().filename());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  void append(const std::string& file, const std::string& line) {
    std::ofstream(dir_ / file, std::ios::app) << line << "\n";
  }
  size_t lines(const std::string& file) {
    std::ifstream in(dir_ / file);
    size_t n = 0;
    for (std::string l; std::getline(in, l);) ++n;
    return n;
  }
  // The error message of loading, or "" if it loaded.
  std::string load_error() {
    try {
      KnowledgeBase::load(dir_.string());
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Error::Code::kInvalidData);
      return e.what();
    }
    return "";
  }
  fs::path dir_;
};

TEST_F(BrokenKb, WrongColumnCountNamesFileAndLine) {
  append("persons.tsv", "per:nobody\tNobody\tUKR");
  const std::string where = "persons.tsv:" + std::to_string(lines("persons.tsv"));
  EXPECT_NE(load_error().find(where), std::string::npos) << load_error();
}

TEST_F(BrokenKb, BadDateIsRejected) {
  append("offices.tsv", "per:antony_blinken\tforeign_minister\tUSA\t2021-13-01\t\tsomewhere");
  EXPECT_NE(load_error().find("offices.tsv:"), std::string::npos);
}

TEST_F(BrokenKb, UnknownPersonInOfficesIsRejected) {
  append("offices.tsv", "per:no_such_person\tpresident\tUSA\t2021\t\tsomewhere");
  EXPECT_NE(load_error().find("unknown person"), std::string::npos);
}

TEST_F(BrokenKb, UnknownCountryIsRejected) {
  append("persons.tsv", "per:someone_new\tSomeone New\tXYZ\t\tsomewhere");
  EXPECT_NE(load_error().find("unknown country"), std::string::npos);
}

TEST_F(BrokenKb, DuplicateIdIsRejected) {
  append("organisations.tsv", "org:nato\tNATO again\talliance\t\tsomewhere");
  EXPECT_NE(load_error().find("duplicate id"), std::string::npos);
}

TEST_F(BrokenKb, MissingSourceIsRejected) {
  append("name_variants.tsv", "per:antony_blinken\tBlinkin\tname\t");
  EXPECT_NE(load_error().find("empty source"), std::string::npos);
}

TEST_F(BrokenKb, VariantOfUnknownIdIsRejected) {
  append("name_variants.tsv", "per:nobody\tNobody\tname\tsomewhere");
  EXPECT_NE(load_error().find("unknown id"), std::string::npos);
}

TEST_F(BrokenKb, MissingTableIsNotFound) {
  fs::remove(dir_ / "regions.tsv");
  try {
    KnowledgeBase::load(dir_.string());
    FAIL() << "loaded without regions.tsv";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kNotFound);
    EXPECT_NE(std::string(e.what()).find("regions.tsv"), std::string::npos);
  }
}

}  // namespace
}  // namespace lagebild
