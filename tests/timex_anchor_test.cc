// Anchored durations (issue 4, item 2), narrative mode, reference parsing, and behaviour that is
// not one expression per sentence: offsets, ordering, thread safety.
#include <gtest/gtest.h>

#include <thread>

#include "core/paths.h"
#include "lagebild/timex.h"

namespace lagebild {
namespace {

std::shared_ptr<const TimexRules> rules() {
  static auto r = TimexRules::load(data_path("de/timex"));
  return r;
}

Document tagged(const std::string& text, const std::string& reference,
                TimexMode mode = TimexMode::kNews) {
  TimexOptions options;
  options.mode = mode;
  TimexTagger tagger(rules(), options);
  Document doc;
  doc.text = text;
  tagger.tag(doc, ReferenceDate::parse(reference));
  return doc;
}

TEST(TimexAnchor, WarDurationAnchorsOnInvasion) {
  Document doc =
      tagged("Der russische Angriffskrieg gegen die Ukraine dauert seit über 14 Monaten.", "");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.timexes[0].value, "P14M");
  EXPECT_EQ(doc.timexes[0].mod, "MORE_THAN");
  EXPECT_EQ(doc.timexes[0].anchor, "2022-02-24");
  auto anchored = find_anchored_durations(doc);
  ASSERT_EQ(anchored.size(), 1u);
  EXPECT_EQ(anchored[0].event_date, "2022-02-24");
  EXPECT_EQ(anchored[0].earliest, "2023-04-24");
  EXPECT_EQ(anchored[0].latest, "2023-06-22");
  EXPECT_FALSE(anchored[0].event.empty());
}

TEST(TimexAnchor, AttributiveDurationBeforeTrigger) {
  Document doc = tagged(
      "Im seit mehr als dreieinhalb Jahren andauernden russischen Angriffskrieg starben viele.",
      "");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.timexes[0]), "mehr als dreieinhalb Jahren");
  EXPECT_EQ(doc.timexes[0].value, "P3Y6M");
  EXPECT_EQ(doc.timexes[0].anchor, "2022-02-24");
  auto anchored = find_anchored_durations(doc);
  ASSERT_EQ(anchored.size(), 1u);
  EXPECT_EQ(anchored[0].earliest, "2025-08-24");
}

TEST(TimexAnchor, CrimeaAnnexation) {
  Document doc = tagged("Russland hält die Krim seit elf Jahren nach der Annexion besetzt.", "");
  bool found = false;
  for (const auto& t : doc.timexes) {
    if (t.anchor == "2014-02-27") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(TimexAnchor, NoTriggerNoAnchor) {
  Document doc = tagged("Er wartet seit 14 Monaten auf eine Antwort.", "");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_TRUE(doc.timexes[0].anchor.empty());
  EXPECT_TRUE(find_anchored_durations(doc).empty());
}

TEST(TimexAnchor, WarWithoutContextNoAnchor) {
  // "Krieg" alone, with no word of Russia or Ukraine anywhere: not our event.
  Document doc = tagged("Der Krieg dauert seit 14 Monaten.", "");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_TRUE(doc.timexes[0].anchor.empty());
}

TEST(TimexNarrative, AnchorsOnLastMentionedDate) {
  Document doc = tagged(
      "Am 3. Mai 1940 fiel die Stadt. Am 10. Juni fiel die nächste. Am Tag "
      "darauf kam der Waffenstillstand.",
      "", TimexMode::kNarrative);
  ASSERT_EQ(doc.timexes.size(), 3u);
  EXPECT_EQ(doc.timexes[1].value, "1940-06-10");
  EXPECT_EQ(doc.timexes[2].value, "1940-06-11");
}

TEST(TimexNarrative, NewsModeIgnoresMentionedDates) {
  Document doc =
      tagged("Am 3. Mai 1940 fiel die Stadt. Gestern erinnerte der Präsident daran.", "2025-05-08");
  ASSERT_EQ(doc.timexes.size(), 2u);
  EXPECT_EQ(doc.timexes[1].value, "2025-05-07");
  Document narrative = tagged("Am 3. Mai 1940 fiel die Stadt. Gestern erinnerte man daran.",
                              "2025-05-08", TimexMode::kNarrative);
  ASSERT_EQ(narrative.timexes.size(), 2u);
  EXPECT_EQ(narrative.timexes[1].value, "1940-05-02");
}

TEST(TimexReference, Parse) {
  EXPECT_EQ(ReferenceDate::parse("2023-05").month, 5);
  EXPECT_EQ(ReferenceDate::parse("2023-05").day, 0);
  EXPECT_EQ(ReferenceDate::parse("2023-05-12").day, 12);
  EXPECT_EQ(ReferenceDate::parse("2023-05-12T10:00:00").day, 12);
  EXPECT_EQ(ReferenceDate::parse("2023").year, 2023);
  EXPECT_EQ(ReferenceDate::parse("").year, 0);
  EXPECT_EQ(ReferenceDate::parse("Mai").year, 0);
}

TEST(TimexTagger, SpansAreBytesAndOrdered) {
  Document doc = tagged("Über Äpfel: Am Freitag, dem 4. Juli 2025, und gestern.", "2025-07-05");
  ASSERT_GE(doc.timexes.size(), 2u);
  for (size_t i = 1; i < doc.timexes.size(); ++i) {
    EXPECT_LE(doc.timexes[i - 1].begin, doc.timexes[i].begin);
  }
  EXPECT_EQ(doc.slice(doc.timexes.back()), "gestern");
}

TEST(TimexTagger, KeepsExistingTimexes) {
  Document doc;
  doc.text = "Gestern regnete es.";
  doc.timexes.push_back(Timex{});
  TimexTagger(rules()).tag(doc, ReferenceDate::parse("2025-07-02"));
  EXPECT_EQ(doc.timexes.size(), 2u);
}

TEST(TimexTagger, OddInputDoesNotCrash) {
  for (const char* text : {"",
                           ".",
                           "2.",
                           "1.1.",
                           "31.2.2025",
                           "99.99.9999",
                           "Am 31. Februar 2025",
                           "–",
                           "\xC3",
                           "Jahr",
                           "seit",
                           "vor",
                           "1990er",
                           "-1990",
                           "0:00 Uhr",
                           "24:59 Uhr",
                           "P14M",
                           "Nacht auf",
                           "jeden",
                           "zwischen 17 und"}) {
    Document doc = tagged(text, "2025-07-02");
    for (const auto& t : doc.timexes) {
      EXPECT_LE(t.end, doc.text.size());
      EXPECT_LT(t.begin, t.end);
    }
  }
}

TEST(TimexTagger, SharedAcrossThreads) {
  TimexTagger tagger(rules());
  std::vector<std::thread> threads;
  std::vector<std::string> values(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) {
        Document doc;
        doc.text = "Am Freitag, dem 4. Juli 2025, wurde gestern um 17 Uhr gewählt.";
        tagger.tag(doc, ReferenceDate::parse("2025-07-05"));
        values[i] = doc.timexes.empty() ? "" : doc.timexes.front().value;
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& v : values) EXPECT_EQ(v, values[0]);
}

}  // namespace
}  // namespace lagebild
