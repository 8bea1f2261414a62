// The conlleval scorer and chunking rules on hand-made label sequences with known P/R/F1.
#include <gtest/gtest.h>

#include "ner/conll_eval.h"
#include "ner/label_set.h"

namespace lagebild::ner {
namespace {

using Labels = std::vector<std::string>;

TEST(NerChunks, BioSpansAndTypes) {
  const auto chunks = chunks_from_labels({"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"});
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[0], (Chunk{0, 2, type_index("PER")}));
  EXPECT_EQ(chunks[1], (Chunk{3, 4, type_index("LOC")}));
  EXPECT_EQ(chunks[2], (Chunk{4, 6, type_index("LOC")}));
}

TEST(NerChunks, InsideWithoutBeginStartsAChunkAsConllevalDoes) {
  const auto chunks = chunks_from_labels({"O", "I-ORG", "I-ORG", "I-PER", "O"});
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[0], (Chunk{1, 3, type_index("ORG")}));
  EXPECT_EQ(chunks[1], (Chunk{3, 4, type_index("PER")}));
}

TEST(NerChunks, BioesAndUpperCaseTypeNamesOfTheConversion) {
  const auto chunks = chunks_from_labels({"S-LOCDERIV", "B-ORG", "E-ORG", "O", "S-ORGPART"});
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[0], (Chunk{0, 1, type_index("LOCderiv")}));
  EXPECT_EQ(chunks[1], (Chunk{1, 3, type_index("ORG")}));
  EXPECT_EQ(chunks[2], (Chunk{4, 5, type_index("ORGpart")}));
  EXPECT_EQ(bio_labels(chunks, 5), (Labels{"B-LOCderiv", "B-ORG", "I-ORG", "O", "B-ORGpart"}));
}

TEST(NerChunks, TwelveTypesAndUnknownLabels) {
  EXPECT_EQ(kTypeNames.size(), 12u);
  EXPECT_TRUE(is_bio_label("B-OTHpart"));
  EXPECT_TRUE(is_bio_label("O"));
  EXPECT_FALSE(is_bio_label("B-MISC"));
  EXPECT_FALSE(is_bio_label("X-PER"));
}

TEST(NerLabelSet, BioesEncodingRoundTripsAndConstrainsTransitions) {
  const LabelSet bioes(LabelScheme::kBioes);
  EXPECT_EQ(bioes.size(), 1 + 4 * 12);
  const std::vector<Chunk> chunks = {{0, 1, 0}, {2, 5, 3}};
  const auto ids = bioes.encode(chunks, 6);
  EXPECT_EQ(bioes.name(ids[0]), "S-PER");
  EXPECT_EQ(bioes.name(ids[2]), "B-LOC");
  EXPECT_EQ(bioes.name(ids[3]), "I-LOC");
  EXPECT_EQ(bioes.name(ids[4]), "E-LOC");
  EXPECT_EQ(bioes.decode(ids), chunks);
  EXPECT_FALSE(bioes.allowed(-1, ids[3]));      // no I- at the start
  EXPECT_FALSE(bioes.allowed(ids[2], ids[0]));  // B-LOC must be continued
  EXPECT_TRUE(bioes.allowed(ids[2], ids[3]));
  EXPECT_FALSE(bioes.may_end(ids[2]));
  const LabelSet bio(LabelScheme::kBio);
  EXPECT_EQ(bio.size(), 25);
  EXPECT_EQ(bio.decode(bio.encode(chunks, 6)), chunks);
}

TEST(NerScorer, KnownPrecisionRecallF1) {
  ConllScorer scorer;
  // Sentence 1: gold PER(0-2), LOC(3-4); predicted PER(0-2) correct, LOC(3-5) wrong span.
  scorer.add(chunks_from_labels({"B-PER", "I-PER", "O", "B-LOC", "O"}),
             chunks_from_labels({"B-PER", "I-PER", "O", "B-LOC", "I-LOC"}));
  // Sentence 2: gold ORG(1-2); predicted ORG(1-2) correct and an extra LOC(0-1).
  scorer.add(chunks_from_labels({"O", "B-ORG", "O"}), chunks_from_labels({"B-LOC", "B-ORG", "O"}));
  // Sentence 3: gold OTH missed; right span with the wrong type counts as wrong.
  scorer.add(chunks_from_labels({"B-OTH", "O"}), chunks_from_labels({"B-ORG", "O"}));
  const auto& all = scorer.overall();
  EXPECT_EQ(all.gold, 4u);
  EXPECT_EQ(all.predicted, 5u);
  EXPECT_EQ(all.correct, 2u);
  EXPECT_DOUBLE_EQ(all.precision(), 0.4);
  EXPECT_DOUBLE_EQ(all.recall(), 0.5);
  EXPECT_NEAR(all.f1(), 2 * 0.4 * 0.5 / 0.9, 1e-12);
  const auto& per = scorer.type(type_index("PER"));
  EXPECT_EQ(per.correct, 1u);
  EXPECT_DOUBLE_EQ(per.f1(), 1.0);
  const auto& loc = scorer.type(type_index("LOC"));
  EXPECT_EQ(loc.gold, 1u);
  EXPECT_EQ(loc.predicted, 2u);
  EXPECT_DOUBLE_EQ(loc.f1(), 0.0);
  const auto& org = scorer.type(type_index("ORG"));
  EXPECT_DOUBLE_EQ(org.precision(), 0.5);
  EXPECT_DOUBLE_EQ(org.recall(), 1.0);
  EXPECT_EQ(scorer.type(type_index("OTH")).correct, 0u);
  EXPECT_EQ(scorer.sentences(), 3u);
}

TEST(NerScorer, EmptyInputScoresZeroWithoutDividingByZero) {
  ConllScorer scorer;
  scorer.add({}, {});
  EXPECT_EQ(scorer.overall().f1(), 0.0);
  EXPECT_EQ(scorer.overall().precision(), 0.0);
}

}  // namespace
}  // namespace lagebild::ner
