// Word forms, the corpus tokenizer and the GermEval/CoNLL reader.
#include <gtest/gtest.h>

#include <sstream>

#include "ner/conll_reader.h"
#include "ner/corpus_tokenizer.h"
#include "ner/word_form.h"

namespace lagebild::ner {
namespace {

TEST(NerWordForm, LowerCaseShapesAndAffixes) {
  EXPECT_EQ(to_lower("US-Außenminister"), "us-außenminister");
  EXPECT_EQ(to_lower("ÖVP"), "övp");
  EXPECT_EQ(short_shape("US-Außenminister"), "X-Xx");
  EXPECT_EQ(long_shape("US-Außenminister"), "XX-Xxxxx");
  EXPECT_EQ(long_shape("36,9"), "dd,d");
  EXPECT_EQ(short_shape("5.9.2025"), "d.d.d");
  EXPECT_EQ(prefix_code_points("Österreich", 2), "Ös");
  EXPECT_EQ(suffix_code_points("Straße", 3), "aße");
  EXPECT_EQ(suffix_code_points("ab", 4), "ab");
  EXPECT_EQ(code_point_length("Kyjiw"), 5);
  EXPECT_EQ(code_point_length("Größe"), 5);
  EXPECT_TRUE(starts_upper("Ärger"));
  EXPECT_FALSE(starts_upper("ärger"));
  EXPECT_TRUE(all_upper("CDU/CSU"));
  EXPECT_FALSE(all_upper("2025"));
}

TEST(NerCorpusTokenizer, SplitsPunctuationKeepsCompoundsNumbersAndAbbreviations) {
  std::vector<std::string> tokens;
  std::vector<bool> initial;
  tokenize_corpus_text(
      "„Wir helfen“, sagte US-Außenminister Blinken am 2. Juli in Kyjiw. Dr. Maier zahlte "
      "10.000 Euro.",
      [&](std::string_view t, bool first) {
        tokens.emplace_back(t);
        initial.push_back(first);
      });
  const std::vector<std::string> expected = {
      "„",    "Wir", "helfen", "“", ",",   "sagte", "US-Außenminister", "Blinken", "am",   "2.",
      "Juli", "in",  "Kyjiw",  ".", "Dr.", "Maier", "zahlte",           "10.000",  "Euro", "."};
  EXPECT_EQ(tokens, expected);
  EXPECT_TRUE(initial[1]);   // "Wir" after the opening quote
  EXPECT_FALSE(initial[5]);  // "sagte"
  EXPECT_TRUE(initial[14]);  // "Dr." after the full stop
}

TEST(NerConllReader, ReadsGermEvalTsvWithCommentsAndBlankLines) {
  std::istringstream in(
      "#\thttp://example.org/a\t[2014-01-01]\n"
      "1\tDie\tO\tO\n"
      "2\tNato-Staaten\tB-ORGpart\tO\n"
      "\n"
      "#\thttp://example.org/b\n"
      "1\tIn\tO\tO\n"
      "2\tKiew\tB-LOC\tO\n");
  const auto sentences = read_conll(in, "test.tsv");
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].tokens, (std::vector<std::string>{"Die", "Nato-Staaten"}));
  EXPECT_EQ(sentences[0].labels, (std::vector<std::string>{"O", "B-ORGpart"}));
  ASSERT_EQ(sentences[0].lines.size(), 4u);
  EXPECT_EQ(sentences[0].lines[0].kind, ConllLine::Kind::kComment);
  EXPECT_EQ(sentences[0].lines[3].kind, ConllLine::Kind::kBlank);
  EXPECT_EQ(sentences[1].labels[1], "B-LOC");
}

TEST(NerConllReader, ReadsTwoColumnFilesIncludingAHashToken) {
  std::istringstream in("Kiew S-LOC\n# O\nheute O\n\nOlaf B-PER\nScholz E-PER\n");
  const auto sentences = read_conll(in, "test.txt");
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].tokens, (std::vector<std::string>{"Kiew", "#", "heute"}));
  EXPECT_EQ(sentences[1].labels, (std::vector<std::string>{"B-PER", "E-PER"}));
}

}  // namespace
}  // namespace lagebild::ner
