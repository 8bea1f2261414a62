#include "text/decompound.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/error.h"

namespace lagebild {
namespace {

using Parts = std::vector<std::string>;

const Decompounder& bundled() {
  static const std::shared_ptr<const Decompounder> decompounder = Decompounder::shared_default();
  return *decompounder;
}

struct SplitCase {
  const char* word;
  Parts parts;  // empty: stays whole
};

// Compounds from German news vocabulary; parts are lexicon words, linking elements removed from
// all but the last part.
const SplitCase kSplits[] = {
    {"luftabwehrkräfte", {"luft", "abwehr", "kräfte"}},
    {"abwehrkampf", {"abwehr", "kampf"}},
    {"drohnenangriff", {"drohnen", "angriff"}},
    {"drohneneinheiten", {"drohnen", "einheiten"}},
    {"luftabwehrsysteme", {"luft", "abwehr", "systeme"}},
    {"raketenangriffe", {"raketen", "angriffe"}},
    {"verteidigungsministerium", {"verteidigung", "ministerium"}},  // Fugen-s
    {"angriffskrieg", {"angriff", "krieg"}},
    {"stadtrat", {"stadt", "rat"}},  // a three-letter part with strong evidence
    {"kriegsende", {"krieg", "ende"}},
    {"wochenende", {"woche", "ende"}},  // a plural-like "-n" linking element
};

// Words that must stay whole: no known parts, prefixes that are not nouns, participle nouns.
const char* kWhole[] = {
    "abwehr",           // "ab" is a prefix, not a part
    "beratung",         // no "rat" inside: "be" is no word
    "ratte",            // nor here
    "unterstützung",    // "unter" is not a noun
    "vorsitzende",      // a participle noun, not Vorsitz + Ende
    "reisende",         // likewise
    "bundesregierung",  // frequent whole word
    "wahlerfolgen",     // not Wahl + er + folgen
    "drohne",          "kiew", "",
};

TEST(Decompounder, SplitsNewsCompoundsIntoLexiconWords) {
  for (const SplitCase& c : kSplits) {
    EXPECT_EQ(bundled().split_words(c.word), c.parts) << c.word;
  }
}

TEST(Decompounder, LeavesNonCompoundsWhole) {
  for (const char* word : kWhole) {
    EXPECT_EQ(bundled().split_words(word), Parts{}) << word;
  }
}

TEST(Decompounder, ReportsPartOffsetsWithLinkingElements) {
  // verteidigung|s|ministerium: the first part spans the "s", which is its linking element.
  std::vector<Decompounder::Part> parts = bundled().split("verteidigungsministerium");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].begin, 0u);
  EXPECT_EQ(parts[0].end, 13u);
  EXPECT_EQ(parts[0].link, 1u);
  EXPECT_EQ(parts[1].begin, 13u);
  EXPECT_EQ(parts[1].end, 24u);
  EXPECT_EQ(parts[1].link, 0u);
}

TEST(Decompounder, SplitsAtCodePointBoundariesOnly) {
  // Every part must be valid UTF-8 even around umlauts and ß.
  for (const char* word : {"außenpolitik", "flüchtlingsströme", "größenordnung", "ölpreis"}) {
    for (const std::string& part : bundled().split_words(word)) {
      ASSERT_FALSE(part.empty());
      EXPECT_NE(static_cast<unsigned char>(part[0]) & 0xC0, 0x80) << word;
    }
  }
}

TEST(Decompounder, LoadsAPlainTextLexiconAndAppliesTheRules) {
  std::string path = testing::TempDir() + "/decompound_lexicon_test.tsv";
  {
    std::ofstream out(path);
    out << "# test lexicon\n"
        << "haus\t500\t100\ntür\t300\t99\nhaustür\t10\t100\nschloss\t200\t98\n"
        << "auto\t400\t95\nmit\t9000\t2\nfahrer\t50\t100\n";
  }
  Decompounder::Options options;
  options.lexicon_path = path;
  Decompounder d(options);
  EXPECT_EQ(d.size(), 6u);  // "mit" is no noun (2 % capitalised) and is dropped
  EXPECT_EQ(d.count("haus"), 500u);
  EXPECT_EQ(d.count("mit"), 0u);
  EXPECT_EQ(d.split_words("haustürschloss"), (Parts{"haus", "tür", "schloss"}));
  EXPECT_EQ(d.split_words("haustür"), (Parts{"haus", "tür"}));         // parts beat the rare whole
  EXPECT_EQ(d.split_words("mitfahrer"), Parts{});                      // "mit" cannot be a part
  EXPECT_EQ(d.split_words("autosfahrer"), (Parts{"auto", "fahrer"}));  // Fugen-s
  std::remove(path.c_str());
}

TEST(Decompounder, NamesAMissingOrBrokenLexicon) {
  Decompounder::Options options;
  options.lexicon_path = "/nonexistent/lexicon.tsv.gz";
  try {
    Decompounder d(options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kNotFound);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/lexicon.tsv.gz"), std::string::npos);
  }
  std::string path = testing::TempDir() + "/decompound_broken.tsv";
  {
    std::ofstream out(path);
    out << "haus 500 100\n";
  }
  options.lexicon_path = path;
  try {
    Decompounder d(options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Error::Code::kInvalidData);
    EXPECT_NE(std::string(e.what()).find(path + ":1"), std::string::npos);
  }
  std::remove(path.c_str());
}

}  // namespace
}  // namespace lagebild
