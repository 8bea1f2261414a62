// The news label statistics (src/ner/label_stats.h): counting what a tagger says about each word
// of a corpus, turning counts into shares, the count cache, and jackknifed training that stores
// the statistics in the model.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "ner/feature_extractor.h"
#include "ner/feature_hash.h"
#include "ner/label_set.h"
#include "ner/label_stats.h"
#include "ner/label_stats_trainer.h"
#include "ner/model_file.h"
#include "ner/word_clusters.h"

namespace lagebild::ner {
namespace {

const std::string kFixtureDir = std::string(LAGEBILD_TEST_DIR) + "/fixtures/ner";

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lagebild_labelstats_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A tiny corpus in the news format: three articles with the sentence the fixture model tags
// "B-PER I-PER O O B-LOC O" (tests/ner_model_test.cc), one of them twice.
std::string write_corpus() {
  const auto path = temp_path("news.jsonl");
  std::ofstream out(path);
  out << R"({"title": "Angela Merkel besuchte gestern Paris.", "text": ""})"
      << "\n";
  out << R"({"title": "", "text": "Angela Merkel besuchte gestern Paris. Angela Merkel besuchte gestern Paris."})"
      << "\n";
  return path;
}

const int kPer = type_index("PER");
const int kLoc = type_index("LOC");

TEST(NerLabelStats, CountsOccurrencesTypesAndMentionStarts) {
  const auto model = read_model(kFixtureDir + "/ner-fixture.model");
  const auto corpus = write_corpus();
  LabelCountOptions options;
  options.verbose = false;
  const auto table = count_labels(model, {corpus}, options);
  const auto& paris = table.at(hash_text(0, "Paris"));
  EXPECT_EQ(paris.count, 3u);
  EXPECT_EQ(paris.type[static_cast<size_t>(kLoc)], 3u);
  EXPECT_EQ(paris.begins, 3u);
  const auto& merkel = table.at(hash_text(0, "Merkel"));
  EXPECT_EQ(merkel.type[static_cast<size_t>(kPer)], 3u);
  EXPECT_EQ(merkel.begins, 0u);  // inside "Angela Merkel", not its start
  const auto& verb = table.at(hash_text(0, "besuchte"));
  EXPECT_EQ(verb.count, 3u);
  for (uint32_t n : verb.type) EXPECT_EQ(n, 0u);
  // A token limit stops after the sentence that reaches it.
  options.max_tokens = 6;
  EXPECT_EQ(count_labels(model, {corpus}, options).at(hash_text(0, "Paris")).count, 1u);
  std::remove(corpus.c_str());
}

TEST(NerLabelStats, SharesAverageTheTablesAndDropRareWords) {
  LabelCountTable a, b;
  auto& x = a[hash_text(0, "Paris")];
  x.count = 4;
  x.type[static_cast<size_t>(kLoc)] = 4;
  x.begins = 4;
  auto& y = b[hash_text(0, "Paris")];
  y.count = 4;
  y.type[static_cast<size_t>(kLoc)] = 1;
  y.begins = 1;
  a[hash_text(0, "selten")].count = 2;
  std::vector<uint64_t> keys;
  std::vector<LabelStats> stats;
  label_stats({&a, &b}, 3, keys, stats);
  ASSERT_EQ(keys.size(), 1u);  // "selten" is below the minimum count
  EXPECT_EQ(keys[0], hash_text(0, "Paris"));
  EXPECT_EQ(stats[0].count, 4u);
  EXPECT_EQ(stats[0].share[kLoc], 63);  // 5 of 8, rounded
  EXPECT_EQ(stats[0].share[kPer], 0);
  EXPECT_EQ(stats[0].begin_share, 100);
}

TEST(NerLabelStats, CountCacheRoundTrips) {
  std::vector<LabelCountTable> tables(2);
  tables[0][7].count = 3;
  tables[0][7].type[2] = 1;
  tables[1][9].begins = 5;
  const auto path = temp_path("counts.bin");
  write_label_counts(tables, path);
  std::vector<LabelCountTable> back;
  ASSERT_TRUE(read_label_counts(path, back));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].at(7).count, 3u);
  EXPECT_EQ(back[0].at(7).type[2], 1u);
  EXPECT_EQ(back[1].at(9).begins, 5u);
  std::remove(path.c_str());
  EXPECT_FALSE(read_label_counts(path, back));
}

TEST(NerLabelStats, JackknifedTrainingIsDeterministicAndStoresTheStatistics) {
  const auto sentences = read_conll_file(kFixtureDir + "/train.txt");
  const WordLexicon lexicon(read_word_clusters(kFixtureDir + "/clusters.tsv"));
  const auto gazetteer = Gazetteer::read_tsv({kFixtureDir + "/gazetteer.tsv"});
  NerTrainerOptions options;
  options.epochs = 5;
  options.training_data = "fixture/train.txt";
  options.verbose = false;
  LabelStatsOptions stats;
  stats.corpora = {write_corpus()};
  stats.min_count = 1;
  const auto a = temp_path("a.model");
  const auto b = temp_path("b.model");
  write_model(train_ner_with_label_stats(sentences, lexicon, &gazetteer, options, stats), a);
  write_model(train_ner_with_label_stats(sentences, lexicon, &gazetteer, options, stats), b);
  EXPECT_EQ(read_bytes(a), read_bytes(b));
  const auto model = read_model(a);
  EXPECT_TRUE(model.features.use_label_stats);
  const LabelStats* paris = model.lexicon.find_stats(hash_text(0, "Paris"));
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->count, 3u);
  EXPECT_EQ(model.lexicon.find_stats(hash_text(0, "Bundeskanzlerin")), nullptr);  // not in news
  std::remove(a.c_str());
  std::remove(b.c_str());
  std::remove(stats.corpora[0].c_str());
}

// The features read the statistics per word type, and the closed-compound head is the longest
// proper suffix the lexicon knows ("Verteidigungsministerium" -> "ministerium").
TEST(NerLabelStats, FeaturesUseStatisticsAndCompoundHeads) {
  WordClusters clusters;
  clusters.entries.push_back({"Ministerium", 7, 3, 1, 100, 990});
  clusters.entries.push_back({"Paris", 8, 4, 2, 100, 1000});
  WordLexicon lexicon(clusters);
  LabelStats paris;
  paris.count = 500;
  paris.share[kLoc] = 90;
  paris.begin_share = 100;
  lexicon.set_stats({hash_text(0, "Paris")}, {paris});
  const FeatureExtractor with(FeatureOptions{}, &lexicon, nullptr);
  FeatureOptions off;
  off.use_label_stats = false;
  off.use_compound_heads = false;
  const FeatureExtractor without(off, &lexicon, nullptr);
  TokenInfo t;
  std::vector<uint64_t> ngrams, a, b;
  with.describe("Verteidigungsministerium", t, ngrams);
  ASSERT_NE(t.head_info, nullptr);
  EXPECT_EQ(t.head_info->fine, 7);
  EXPECT_NE(t.head, 0u);
  EXPECT_EQ(t.stats, nullptr);
  with.describe("Ministerium", t, ngrams);
  EXPECT_EQ(t.head_info, nullptr);  // "isterium" and shorter suffixes are unknown
  with.describe("Parisreise", t, ngrams);
  EXPECT_EQ(t.head_info, nullptr);     // "Reise" is not in the lexicon
  with.describe("Pariss", t, ngrams);  // the genitive fallback
  EXPECT_NE(t.stats, nullptr);
  ngrams.clear();
  with.describe("Paris", t, ngrams);
  ASSERT_NE(t.stats, nullptr);
  EXPECT_EQ(t.stats->share[kLoc], 90);
  with.word_features(t, ngrams, a);
  ngrams.clear();
  without.describe("Paris", t, ngrams);
  EXPECT_EQ(t.stats, nullptr);
  without.word_features(t, ngrams, b);
  EXPECT_GT(a.size(), b.size());  // the statistics add features of their own
  EXPECT_EQ(without.options().to_string(),
            "revision=3 window=2 lexicon=1 gazetteer=1 ngrams=1 labelstats=0 heads=0");
}

}  // namespace
}  // namespace lagebild::ner
