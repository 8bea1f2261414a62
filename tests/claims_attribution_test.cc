// attribute_sentences: who says what a sentence says. Sentences written for these tests.
#include <gtest/gtest.h>

#include <lagebild/claims.h>
#include <lagebild/text.h>

#include <string>
#include <vector>

namespace lagebild {
namespace {

using Cue = Attribution::Cue;

const ClaimLexicons& lexicons() {
  static const ClaimLexicons instance;
  return instance;
}

struct Attributed {
  Document doc;
  std::vector<Attribution> sentences;
};

Attributed attribute(const std::string& text) {
  Attributed a;
  a.doc.text = text;
  segment(a.doc);
  a.sentences = attribute_sentences(a.doc, lexicons());
  return a;
}

// The source text of the only (or the given) sentence.
std::string source_of(const std::string& text, size_t sentence = 0) {
  auto a = attribute(text);
  if (sentence >= a.sentences.size()) return "<no sentence>";
  return a.sentences[sentence].source_text;
}

TEST(ClaimsAttributionTest, SpeechVerbsInBothWordOrders) {
  EXPECT_EQ(source_of("Die Lage ist ernst, sagte Außenamtssprecher Vedant Patel in Washington."),
            "Außenamtssprecher Vedant Patel");
  EXPECT_EQ(source_of("Blinken sagte am Mittwoch in Brüssel, die Hilfe gehe weiter."), "Blinken");
  EXPECT_EQ(source_of("Der ukrainische Präsident hatte bereits gesagt, dass Soldaten kämpften."),
            "ukrainische Präsident");
  EXPECT_EQ(source_of("Die Lage sei ernst, teilte der Armeesprecher Oleh Bilyk am Dienstag mit."),
            "Armeesprecher Oleh Bilyk");
  EXPECT_EQ(source_of("Am Montag erklärte die Regierung, sie plane neue Gesetze."), "Regierung");
  EXPECT_EQ(source_of("Wie die Polizei mitteilte, wurde niemand verletzt."), "Polizei");
  EXPECT_EQ(source_of("„Wir sind bereit“, betonte die Ministerin."), "Ministerin");
  EXPECT_EQ(source_of("Die Lage sei stabil, so der Sprecher."), "Sprecher");
  EXPECT_EQ(source_of("Die Behörden warnten vor Glätte."), "Behörden");
}

// A sentence's own "according to" cue names where a figure comes from, and wins over the speech
// verb of whoever relays it; a sentence with its own speaker keeps that speaker even after a
// sentence that said "nach US-Angaben" (the speaker is the more specific source).
TEST(ClaimsAttributionTest, AccordingToWinsOverTheSpeakerInTheSameSentence) {
  auto a = attribute(
      "Nach US-Angaben sind mehr als 10.000 Soldaten im Einsatz, sagte Außenamtssprecher Vedant "
      "Patel. Die meisten seien im Gebiet Kursk, sagte Außenamtssprecher Vedant Patel.");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].source_text, "USA");
  EXPECT_EQ(a.sentences[0].kind, Cue::kAccordingTo);
  EXPECT_EQ(a.sentences[1].source_text, "Außenamtssprecher Vedant Patel");
  EXPECT_EQ(a.sentences[1].kind, Cue::kSpeechVerb);
}

TEST(ClaimsAttributionTest, AccordingTo) {
  EXPECT_EQ(source_of("Nach US-Angaben sind Soldaten im Einsatz."), "USA");
  EXPECT_EQ(source_of("Nach ukrainischen Angaben wurden Dörfer beschossen."), "Ukraine");
  EXPECT_EQ(source_of("Nach Angaben von Kyjiw bereitet Russland einen Angriff vor."), "Kyjiw");
  EXPECT_EQ(source_of("Nach Angaben des Ministeriums fielen Schüsse."), "Ministeriums");
  EXPECT_EQ(source_of("Die Ukraine bindet nach Angaben Selenskyjs viele Soldaten."), "Selenskyj");
  EXPECT_EQ(source_of("Laut Polizei blieb es ruhig."), "Polizei");
  EXPECT_EQ(source_of("Laut Pressemitteilung des Außenministeriums gab es Gespräche."),
            "Außenministeriums");
  EXPECT_EQ(source_of("Dem Ministerium zufolge gab es Gespräche."), "Ministerium");
  EXPECT_EQ(
      source_of(
          "Nach eigenen Angaben hat die ukrainische Luftwaffe in der Nacht Raketen abgefangen."),
      "ukrainische Luftwaffe");
  EXPECT_EQ(source_of("Moskau gehen nach Einschätzung britischer Geheimdienste die Raketen aus."),
            "britischer Geheimdienste");
  EXPECT_EQ(source_of("Nach Polizeiangaben blieb es ruhig."), "Polizei");
}

TEST(ClaimsAttributionTest, CuesInsideQuotationsDoNotCount) {
  auto a = attribute("„Wir sagten immer, dass es so kommt“, erklärte der Minister.");
  ASSERT_EQ(a.sentences.size(), 1u);
  EXPECT_EQ(a.sentences[0].source_text, "Minister");
}

TEST(ClaimsAttributionTest, ReportedSpeechContinuesThePreviousSource) {
  auto a = attribute(
      "Nach eigenen Angaben hat die Luftwaffe vier Raketen abgefangen. Auch zehn Drohnen seien "
      "zerstört worden. Am Abend regnete es.");
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.sentences[0].kind, Cue::kAccordingTo);
  EXPECT_EQ(a.sentences[1].source_text, "Luftwaffe");
  EXPECT_EQ(a.sentences[1].kind, Cue::kReportedSpeech);
  EXPECT_TRUE(a.sentences[1].reported_speech);
  EXPECT_EQ(a.sentences[2].source_text, "");
  EXPECT_EQ(a.sentences[2].kind, Cue::kNone);
}

TEST(ClaimsAttributionTest, ImpersonalCueAndPronoun) {
  auto a = attribute(
      "Die Behörden teilten mit, dass Raketen einschlugen. Sechs Menschen seien verletzt worden, "
      "hieß es. Die Lage sei ernst, sagte er.");
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.sentences[0].source_text, "Behörden");
  EXPECT_EQ(a.sentences[1].source_text, "Behörden");
  EXPECT_EQ(a.sentences[2].source_text, "Behörden");
}

TEST(ClaimsAttributionTest, QuotationOverSeveralSentences) {
  auto a = attribute("„Wir müssen mehr tun. Wir müssen schneller liefern“, sagte Rutte in Paris.");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].source_text, "Rutte");
  EXPECT_EQ(a.sentences[0].kind, Cue::kQuotation);
  EXPECT_EQ(a.sentences[1].source_text, "Rutte");
}

TEST(ClaimsAttributionTest, AgencyTagIsTheParagraphFallback) {
  auto a = attribute(
      "Die Armee verlegte Truppen. Die Lage sei ruhig, sagte ein Sprecher. (dpa)\n\nDer Winter "
      "kommt.");
  ASSERT_GE(a.sentences.size(), 4u);
  EXPECT_EQ(a.sentences[0].source_text, "dpa");
  EXPECT_EQ(a.sentences[0].kind, Cue::kAgency);
  EXPECT_EQ(a.sentences[1].source_text, "Sprecher");
  EXPECT_EQ(a.sentences.back().source_text, "");
}

TEST(ClaimsAttributionTest, DatelineAgencyCreditsTheArticle) {
  auto a = attribute("Berlin (dpa) - Der Bundestag tagt. Es gab 20 Reden, sagte die Präsidentin.");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].source_text, "dpa");
  EXPECT_EQ(a.sentences[1].source_text, "Präsidentin");
}

TEST(ClaimsAttributionTest, EntityIdsWinOverText) {
  Document doc;
  doc.text = "Die Lage ist ernst, sagte Präsident Wolodymyr Selenskyj in Kyjiw.";
  segment(doc);
  Entity per;
  per.begin = static_cast<uint32_t>(doc.text.find("Wolodymyr"));
  per.end = static_cast<uint32_t>(doc.text.find(" in Kyjiw"));
  per.type = "PER";
  per.id = "Q3881";
  doc.entities.push_back(per);
  auto a = attribute_sentences(doc, lexicons());
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source_id, "Q3881");
  EXPECT_EQ(a[0].source_key(), "Q3881");
  EXPECT_EQ(doc.slice(a[0].source), "Präsident Wolodymyr Selenskyj");

  // The quantity stage passes the id on.
  doc.text = "Es gab 40 Angriffe, sagte Präsident Wolodymyr Selenskyj in Kyjiw.";
  segment(doc);
  doc.entities[0].begin = static_cast<uint32_t>(doc.text.find("Wolodymyr"));
  doc.entities[0].end = static_cast<uint32_t>(doc.text.find(" in Kyjiw"));
  extract_quantities(doc, lexicons());
  ASSERT_EQ(doc.quantities.size(), 1u);
  EXPECT_EQ(doc.quantities[0].source, "Q3881");
}

}  // namespace
}  // namespace lagebild
