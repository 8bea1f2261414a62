// The dating model file: round trip, and the errors a user meets (missing, damaged, newer).
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include <lagebild/dating.h>
#include <lagebild/error.h>

#include "time/date_model.h"
#include "time/date_model_weights.h"
#include "time/dating_calendar.h"
#include "time/dating_neighbours.h"
#include "time/dating_tokens.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

// A three-class model: "selenskyj" points to the last month, "merkel" to the first.
DatingModel tiny_model() {
  DatingModel m;
  m.training_data = "hand-made test model";
  m.feature_config = "test";
  m.first_class = dating::month_index(2021, 1);
  m.num_classes = 3;
  m.vocabulary = {{"merkel", 0}, {"selenskyj", 1}};
  m.weights = {4, 0, -4, -4, 0, 4};
  m.bias = {0, 0, 0};
  m.tables = dating::default_offset_tables();
  // Two neighbours: a "merkel" article of 2021-01 and a "selenskyj" one of 2021-03.
  m.idf = {1.0f, 2.0f};
  m.neighbour_month = {dating::month_index(2021, 1), dating::month_index(2021, 3)};
  m.neighbour_start = {0, 1, 2};
  m.neighbour_terms = {0, 1};
  m.neighbour_weights = {1.0f, 1.0f};
  m.source_weights[static_cast<size_t>(dating::Source::kNeighbours)] = 0.5f;
  m.build_postings();
  return m;
}

class ModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("dating_model_" + std::to_string(::getpid()) + ".model"))
                .string();
    tiny_model().save(path_);
  }
  void TearDown() override { fs::remove(path_); }
  std::string bytes() {
    std::ifstream in(path_, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  void write(const std::string& b) { std::ofstream(path_, std::ios::binary) << b; }
  void expect_error(Error::Code code, const std::string& hint) {
    try {
      load_dating_model(path_);
      FAIL() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << e.what();
      EXPECT_NE(std::string(e.what()).find(path_), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(hint), std::string::npos) << e.what();
    }
  }
  std::string path_;
};

TEST_F(ModelFileTest, RoundTrip) {
  const auto model = load_dating_model(path_);
  EXPECT_EQ(model->num_classes, 3);
  EXPECT_EQ(model->training_data, "hand-made test model");
  const auto p = model->class_posterior(dating::tokenize_for_dating("Selenskyj sprach."));
  EXPECT_GT(p[2], p[0]);
  EXPECT_NEAR(model->weight(1, 2), 4.0f, 1e-3);
}

TEST_F(ModelFileTest, SourceWeightsAndNeighboursRoundTrip) {
  const auto model = load_dating_model(path_);
  EXPECT_FLOAT_EQ(model->source_weights[static_cast<size_t>(dating::Source::kNeighbours)], 0.5f);
  EXPECT_FLOAT_EQ(model->source_weights[static_cast<size_t>(dating::Source::kOffice)], 1.0f);
  ASSERT_TRUE(model->has_neighbours());
  const auto near = model->nearest({1}, 5);
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].second, 1u);
  EXPECT_NEAR(near[0].first, 1.0f, 1e-3);
  // Both words: both neighbours, the rarer word's one first.
  const auto both = model->nearest({0, 1}, 5);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].second, 1u);
  EXPECT_GT(both[0].first, both[1].first);
}

TEST(DatingNeighbours, VotesPeakAtTheNeighboursMonth) {
  const int month = dating::month_index(2023, 6);
  const auto v = dating::neighbour_likelihood({{0.3f, month}, {0.1f, month + 5}});
  EXPECT_GT(v[static_cast<size_t>(month)], 5 * v[static_cast<size_t>(month - 12)]);
  EXPECT_GT(v[static_cast<size_t>(month)], v[static_cast<size_t>(month + 5)]);
  EXPECT_GT(v[static_cast<size_t>(month + 5)], v[static_cast<size_t>(month + 12)]);
  EXPECT_DOUBLE_EQ(v[static_cast<size_t>(month + 12)], 1.0);
}

// A source that always peaks at the truth earns more weight than one that points anywhere.
TEST(DatingWeights, ReliableSourceOutweighsNoise) {
  std::vector<dating::FitCase> cases;
  for (int k = 0; k < 60; ++k) {
    const int truth = dating::month_index(2018, 1) + k % 30;
    std::vector<dating::EvidenceItem> items(2);
    items[0].source = dating::Source::kOffice;
    items[1].source = dating::Source::kLatestYear;
    for (auto& e : items) e.likelihood.assign(static_cast<size_t>(dating::kGridMonths), 1.0);
    items[0].likelihood[static_cast<size_t>(truth)] = 20;
    items[1].likelihood[static_cast<size_t>(truth + 7 + (k * 13) % 40)] = 20;
    cases.push_back(dating::make_fit_case(items, truth));
  }
  const auto w = dating::fit_source_weights(cases, [](const std::string&) {});
  EXPECT_GT(w[static_cast<size_t>(dating::Source::kOffice)], 1.0f);
  EXPECT_LT(w[static_cast<size_t>(dating::Source::kLatestYear)], 0.2f);
}

TEST_F(ModelFileTest, VocabularyReachesPastTheLastClass) {
  DocumentDater::Options options;
  options.kb_dir = "/nonexistent";
  DocumentDater dater(load_dating_model(path_), options);
  Document doc;
  doc.text = "Selenskyj sprach.";
  EXPECT_EQ(dater.infer(doc).value, "2021-03");
  // With hard evidence for a later month, the decayed tail lets the estimate move there.
  doc.text = "Selenskyj sprach am 3. Mai 2022.";
  EXPECT_EQ(dater.infer(doc).value.substr(0, 7), "2022-05");
}

TEST_F(ModelFileTest, Missing) {
  fs::remove(path_);
  expect_error(Error::Code::kNotFound, "lagebild train dating");
}

TEST_F(ModelFileTest, NotAModel) {
  write("hello world, this is not a model at all");
  expect_error(Error::Code::kInvalidData, "bad magic");
}

TEST_F(ModelFileTest, Truncated) {
  const std::string b = bytes();
  write(b.substr(0, b.size() / 2));
  expect_error(Error::Code::kInvalidData, "lagebild train dating");
}

TEST_F(ModelFileTest, FlippedByte) {
  std::string b = bytes();
  b[b.size() / 2] ^= 0x5A;
  write(b);
  expect_error(Error::Code::kInvalidData, "checksum");
}

TEST_F(ModelFileTest, NeighbourTermOutsideTheVocabulary) {
  DatingModel m = tiny_model();
  m.neighbour_terms[1] = 7;
  m.save(path_);
  expect_error(Error::Code::kInvalidData, "neighbour term");
}

TEST_F(ModelFileTest, NewerVersion) {
  std::string b = bytes();
  const uint32_t newer = dating::kDatingModelVersion + 1;
  std::memcpy(&b[8], &newer, 4);
  write(b);
  expect_error(Error::Code::kUnsupported, "upgrade lagebild");
}

}  // namespace
}  // namespace lagebild
