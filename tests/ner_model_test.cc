// The NER model file and tagger on the tiny fixture model (tests/fixtures/ner/, trained on our
// own sentences; see its README for the command): loading, tagging, Document entities, error
// cases, and deterministic training.
#include <gtest/gtest.h>

#include <lagebild/error.h>
#include <lagebild/ner.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "ner/conll_reader.h"
#include "ner/gazetteer.h"
#include "ner/model_file.h"
#include "ner/perceptron_trainer.h"
#include "ner/sequence_labeler.h"
#include "ner/word_clusters.h"

namespace lagebild {
namespace {

const std::string kFixtureDir = std::string(LAGEBILD_TEST_DIR) + "/fixtures/ner";
const std::string kFixtureModel = kFixtureDir + "/ner-fixture.model";

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string write_temp(const std::string& name, const std::string& bytes) {
  const auto path = (std::filesystem::temp_directory_path() /
                     ("lagebild_ner_" + std::to_string(::getpid()) + "_" + name))
                        .string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// Runs `f`, expects a lagebild::Error with `code` whose message names `path` and contains `hint`.
template <typename F>
void expect_error(F f, Error::Code code, const std::string& path, const std::string& hint) {
  try {
    f();
    ADD_FAILURE() << "no error for " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(hint), std::string::npos) << e.what();
  }
}

TEST(NerModel, LoadsTheFixtureAndDescribesItself) {
  const auto model = NerModel::load(kFixtureModel);
  EXPECT_EQ(model->training_data(), "fixture/train.txt");
  EXPECT_EQ(model->label_scheme(), "BIOES");
  EXPECT_EQ(model->feature_settings(),
            "revision=3 window=2 lexicon=1 gazetteer=1 ngrams=1 labelstats=0 heads=1");
  EXPECT_GT(model->feature_count(), 100u);
  EXPECT_NE(model->description().find("epochs="), std::string::npos);
}

TEST(NerModel, TagsTokensWithTheTrainedLabels) {
  NerTagger tagger(NerModel::load(kFixtureModel));
  EXPECT_EQ(tagger.tag_tokens({"Angela", "Merkel", "besuchte", "gestern", "Paris", "."}),
            (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}));
  EXPECT_EQ(tagger.tag_tokens({"Die", "ukrainische", "Armee", "meldet", "Erfolge", "."})[1],
            "B-LOCderiv");
  EXPECT_TRUE(tagger.tag_tokens({}).empty());
}

TEST(NerTagger, FillsDocumentEntitiesWithByteOffsetsAndFlags) {
  NerTagger tagger(NerModel::load(kFixtureModel));
  Document doc;
  // Two sentences of the fixture's training data, which the fixture model tags right.
  doc.text =
      "Der Nato-Generalsekretär sprach in Brüssel. Der Minister Boris Pistorius besuchte Polen.";
  // Tokens as lagebild::segment() would give them (compounds stay whole).
  const std::vector<std::string> words = {"Der",      "Nato-Generalsekretär",
                                          "sprach",   "in",
                                          "Brüssel",  ".",
                                          "Der",      "Minister",
                                          "Boris",    "Pistorius",
                                          "besuchte", "Polen",
                                          "."};
  size_t pos = 0;
  for (const auto& w : words) {
    pos = doc.text.find(w, pos);
    ASSERT_NE(pos, std::string::npos) << w;
    Token t;
    t.begin = static_cast<uint32_t>(pos);
    t.end = static_cast<uint32_t>(pos + w.size());
    doc.tokens.push_back(t);
    pos += w.size();
  }
  Sentence s1;
  s1.begin = 0;
  s1.end = doc.tokens[5].end;
  s1.first_token = 0;
  s1.end_token = 6;
  Sentence s2;
  s2.begin = doc.tokens[6].begin;
  s2.end = doc.tokens[12].end;
  s2.first_token = 6;
  s2.end_token = 13;
  doc.sentences = {s1, s2};
  doc.entities.push_back(Entity{});  // replaced, not appended to
  tagger.tag(doc);
  ASSERT_EQ(doc.entities.size(), 4u);
  EXPECT_EQ(doc.slice(doc.entities[0]), "Nato-Generalsekretär");
  EXPECT_EQ(doc.entities[0].type, "ORG");
  EXPECT_TRUE(doc.entities[0].part);
  EXPECT_FALSE(doc.entities[0].derived);
  EXPECT_EQ(doc.slice(doc.entities[1]), "Brüssel");
  EXPECT_EQ(doc.entities[1].type, "LOC");
  EXPECT_EQ(doc.slice(doc.entities[2]), "Boris Pistorius");
  EXPECT_EQ(doc.entities[2].type, "PER");
  EXPECT_EQ(doc.slice(doc.entities[3]), "Polen");
  EXPECT_TRUE(doc.entities[3].id.empty());
  EXPECT_TRUE(doc.entities[3].name.empty());
}

TEST(NerModel, MissingFileNamesItAndSaysHowToGetOne) {
  const std::string path = kFixtureDir + "/no-such.model";
  expect_error([&] { NerModel::load(path); }, Error::Code::kNotFound, path, "lagebild train ner");
}

TEST(NerModel, WrongMagicIsRejected) {
  const auto path = write_temp("magic.model", "this is not a model file at all");
  expect_error([&] { NerModel::load(path); }, Error::Code::kInvalidData, path, "magic");
  std::remove(path.c_str());
}

TEST(NerModel, NewerFormatVersionAsksForAnUpgrade) {
  std::string bytes = read_bytes(kFixtureModel);
  ASSERT_GT(bytes.size(), 12u);
  const uint32_t newer = ner::kModelFormatVersion + 1;
  std::memcpy(&bytes[8], &newer, sizeof(newer));
  const auto path = write_temp("newer.model", bytes);
  expect_error([&] { NerModel::load(path); }, Error::Code::kUnsupported, path, "upgrade lagebild");
  std::remove(path.c_str());
}

TEST(NerModel, OlderFormatVersionAsksForARetrain) {
  std::string bytes = read_bytes(kFixtureModel);
  ASSERT_GT(bytes.size(), 12u);
  const uint32_t older = ner::kModelFormatVersion - 1;
  std::memcpy(&bytes[8], &older, sizeof(older));
  const auto path = write_temp("older.model", bytes);
  expect_error([&] { NerModel::load(path); }, Error::Code::kUnsupported, path, "older");
  expect_error([&] { NerModel::load(path); }, Error::Code::kUnsupported, path,
               "lagebild train ner");
  std::remove(path.c_str());
}

TEST(NerModel, TruncatedFileIsRejected) {
  const std::string bytes = read_bytes(kFixtureModel);
  const auto path = write_temp("truncated.model", bytes.substr(0, bytes.size() / 2));
  expect_error([&] { NerModel::load(path); }, Error::Code::kInvalidData, path, "truncated");
  std::remove(path.c_str());
}

TEST(NerModel, DamagedByteFailsTheChecksum) {
  std::string bytes = read_bytes(kFixtureModel);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5A);
  const auto path = write_temp("damaged.model", bytes);
  expect_error([&] { NerModel::load(path); }, Error::Code::kInvalidData, path, "checksum");
  std::remove(path.c_str());
}

TEST(NerModel, SelfTestCatchesChangedLabels) {
  auto data = ner::read_model(kFixtureModel);
  ASSERT_FALSE(data.self_tests.empty());
  for (auto& label : data.self_tests[0].labels) label = label == "O" ? "B-OTH" : "O";
  const auto path = write_temp("selftest.model", "");
  ner::write_model(data, path);
  expect_error([&] { NerModel::load(path); }, Error::Code::kInvalidData, path, "self-test");
  std::remove(path.c_str());
}

// The tagger caches the summed scores of word-dependent features per word type; the sums must
// equal the uncached computation exactly, also after the full cache made room (kept words move).
TEST(SequenceLabeler, WordTypeCacheGivesTheUncachedScores) {
  const auto model = NerModel::load(kFixtureModel);
  const ner::SequenceLabeler labeler(model->data());
  ner::TaggingState cached, plain;
  auto sentences = ner::read_conll_file(kFixtureDir + "/train.txt");
  // Unseen words, long tokens, hyphens, capitals and genitives, and enough distinct words to
  // fill the cache (16,384 types) several times over.
  std::vector<std::string> extra = {"NATO-Gipfel",
                                    "Selenskyjs",
                                    "EU-Kommissionspräsidentin",
                                    "Donaudampfschifffahrtsgesellschaftskapitänswitwe",
                                    "x",
                                    "-",
                                    "Ärzte-Verband",
                                    "5.9.2025",
                                    "ÖVP",
                                    ""};
  for (int k = 0; k < 6000; ++k) {
    ner::ConllSentence s;
    for (int w = 0; w < 9; ++w) s.tokens.push_back("Wort" + std::to_string(k * 9 + w) + "s");
    s.tokens.push_back(extra[static_cast<size_t>(k) % extra.size()]);
    s.tokens.push_back(sentences[static_cast<size_t>(k) % sentences.size()].tokens[0]);
    sentences.push_back(std::move(s));
  }
  size_t compared = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& s : sentences) {
      std::vector<std::string_view> tokens(s.tokens.begin(), s.tokens.end());
      const auto a = labeler.label(tokens, cached);
      const auto b = labeler.label_uncached(tokens, plain);
      ASSERT_EQ(a, b);
      ASSERT_EQ(cached.sums, plain.sums) << s.tokens[0];
      compared += tokens.size();
    }
  }
  EXPECT_GT(compared, 120000u);
}

// The options the committed fixture model was trained with (README in the fixture dir).
ner::NerTrainerOptions fixture_training_options() {
  ner::NerTrainerOptions options;
  options.epochs = 10;
  options.features.use_label_stats = false;  // the fixture has no news corpus (--no-label-stats)
  options.training_data = "fixture/train.txt";
  options.verbose = false;
  return options;
}

// Trains on the fixture data twice with `options`: the two model files must be byte-identical.
// Returns the first one's path; the caller removes it.
std::string train_fixture_twice(const ner::NerTrainerOptions& options, const std::string& name) {
  const auto sentences = ner::read_conll_file(kFixtureDir + "/train.txt");
  const ner::WordLexicon lexicon(ner::read_word_clusters(kFixtureDir + "/clusters.tsv"));
  const auto gazetteer = ner::Gazetteer::read_tsv({kFixtureDir + "/gazetteer.tsv"});
  const auto a = write_temp(name + "_a.model", "");
  const auto b = write_temp(name + "_b.model", "");
  ner::write_model(ner::train_ner_model(sentences, &lexicon, &gazetteer, options), a);
  ner::write_model(ner::train_ner_model(sentences, &lexicon, &gazetteer, options), b);
  EXPECT_EQ(read_bytes(a), read_bytes(b));
  std::remove(b.c_str());
  return a;
}

TEST(NerTrainer, TrainingIsDeterministicAndLearnsTheFixture) {
  const ner::NerTrainerOptions options = fixture_training_options();
  const auto a = train_fixture_twice(options, "fixture");
  // The committed fixture was built by this same code and options (README in the fixture dir).
  EXPECT_EQ(read_bytes(a), read_bytes(kFixtureModel));
  NerTagger tagger(NerModel::load(a));
  EXPECT_EQ(
      tagger.tag_tokens({"Die", "Vereinten", "Nationen", "fordern", "eine", "Waffenruhe", "."})[1],
      "B-ORG");
  std::remove(a.c_str());
}

// A training setting other than the fixture's: deterministic (train_fixture_twice), a different
// model from the fixture, named in the model's description, and still tagging the fixture's kind
// of sentence right.
void expect_variant_model(const ner::NerTrainerOptions& options, const std::string& name,
                          const std::string& description) {
  const auto a = train_fixture_twice(options, name);
  EXPECT_NE(read_bytes(a), read_bytes(kFixtureModel));
  const auto model = NerModel::load(a);
  EXPECT_NE(model->description().find(description), std::string::npos);
  NerTagger tagger(model);
  EXPECT_EQ(tagger.tag_tokens({"Angela", "Merkel", "besuchte", "gestern", "Paris", "."}),
            (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}));
  std::remove(a.c_str());
}

TEST(NerTrainer, AveragedRunsAreDeterministicAndDifferFromOneRun) {
  ner::NerTrainerOptions options = fixture_training_options();
  options.runs = 3;
  expect_variant_model(options, "runs", "runs=3");
}

TEST(NerTrainer, DropoutIsDeterministicAndChangesTheModel) {
  ner::NerTrainerOptions options = fixture_training_options();
  options.dropout = 0.3f;
  options.epochs = 20;
  expect_variant_model(options, "dropout", "dropout=0.3");
}

// The model file has the usual format: the type weights are folded into the label rows, so it
// loads (every label within the label set) and tags as a plain model does.
TEST(NerTrainer, TypeWeightsAreDeterministicAndFoldedIntoTheLabels) {
  ner::NerTrainerOptions options = fixture_training_options();
  options.type_weights = true;
  expect_variant_model(options, "type_weights", "type_weights=1");
}

// What the type weights are for: a word seen in training only inside a mention, never at its
// start, still votes for its type where it starts one.
TEST(NerTrainer, TypeWeightsCarryAWordsTypeToTheOtherPositionsOfAMention) {
  // Our own toy data: "Holding" is only ever the last token of an organisation.
  std::vector<ner::ConllSentence> sentences;
  auto add = [&](std::vector<std::string> tokens, std::vector<std::string> labels) {
    ner::ConllSentence s;
    s.tokens = std::move(tokens);
    s.labels = std::move(labels);
    sentences.push_back(std::move(s));
  };
  for (const std::string name : {"Acme", "Borsig", "Cimex", "Dorn", "Elbe", "Fasan"}) {
    add({"Die", name, "Holding", "wächst", "."}, {"O", "B-ORG", "I-ORG", "O", "O"});
    add({"Herr", name, "lacht", "."}, {"O", "B-PER", "O", "O"});
  }
  ner::NerTrainerOptions options;
  options.epochs = 5;
  options.verbose = false;
  options.features.use_lexicon = options.features.use_gazetteer = false;
  options.features.use_label_stats = options.features.use_compound_heads = false;
  auto org_start_score = [&](bool type_weights) {
    options.type_weights = type_weights;
    const ner::ModelData m = ner::train_ner_model(sentences, nullptr, nullptr, options);
    const ner::SequenceLabeler labeler(m);
    const std::vector<std::string_view> tokens = {"Holding", "wächst", "."};
    ner::TaggingState state;
    labeler.label_uncached(tokens, state);
    const auto& names = labeler.labels().names();
    auto id = [&](const std::string& name) {
      return std::find(names.begin(), names.end(), name) - names.begin();
    };
    return state.emissions[id("S-ORG")] - state.emissions[id("O")];  // token 0's row
  };
  EXPECT_GT(org_start_score(true), org_start_score(false));
}

}  // namespace
}  // namespace lagebild
