// GermanStemmer: what Snowball's German algorithm (libstemmer) really returns.
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/text.h"

namespace lagebild {
namespace {

TEST(GermanStemmer, PluralAndSingularShareAStem) {
  GermanStemmer stemmer;
  EXPECT_EQ(stemmer.stem("drohnen"), "drohn");
  EXPECT_EQ(stemmer.stem("drohne"), "drohn");
  EXPECT_EQ(stemmer.stem("raketen"), "raket");
  EXPECT_EQ(stemmer.stem("rakete"), "raket");
  EXPECT_EQ(stemmer.stem("soldaten"), "soldat");
  EXPECT_EQ(stemmer.stem("soldat"), "soldat");
  EXPECT_EQ(stemmer.stem("angriffe"), stemmer.stem("angriff"));
}

TEST(GermanStemmer, FoldsUmlautsAndSharpS) {
  GermanStemmer stemmer;
  // Snowball German maps ä/ö/ü to a/o/u and ß to ss, so "Häuser" meets "Haus".
  EXPECT_EQ(stemmer.stem("häuser"), "haus");
  EXPECT_EQ(stemmer.stem("haus"), "haus");
  EXPECT_EQ(stemmer.stem("straße"), stemmer.stem("strasse"));
  EXPECT_EQ(stemmer.stem("kämpfen"), "kampf");
  EXPECT_EQ(stemmer.stem("luftabwehrkräfte"), "luftabwehrkraft");
}

TEST(GermanStemmer, AdjectivesAndNamesMeet) {
  GermanStemmer stemmer;
  EXPECT_EQ(stemmer.stem("ukrainischen"), "ukrain");
  EXPECT_EQ(stemmer.stem("ukraine"), "ukrain");
  EXPECT_EQ(stemmer.stem("verhandlungen"), "verhandl");
}

TEST(GermanStemmer, EmptyAndShortWords) {
  GermanStemmer stemmer;
  EXPECT_EQ(stemmer.stem(""), "");
  EXPECT_EQ(stemmer.stem("eu"), "eu");
  EXPECT_EQ(stemmer.stem("2025"), "2025");
}

TEST(GermanStemmer, OnePerThread) {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      GermanStemmer stemmer;
      for (int k = 0; k < 1000; ++k) results[i] = stemmer.stem("drohnenangriffe");
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, results[0]);
}

}  // namespace
}  // namespace lagebild
