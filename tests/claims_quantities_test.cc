// Table-driven tests of extract_quantities: (text) -> (span, value, upper, unit, approx,
// counted). Sentences are written for these tests.
#include <gtest/gtest.h>

#include <lagebild/claims.h>
#include <lagebild/text.h>

#include <optional>
#include <string>
#include <vector>

namespace lagebild {
namespace {

const ClaimLexicons& lexicons() {
  static const ClaimLexicons instance;
  return instance;
}

Document analyse(const std::string& text) {
  Document doc;
  doc.text = text;
  segment(doc);
  extract_quantities(doc, lexicons());
  return doc;
}

struct Expected {
  std::string span;
  double value;
  std::optional<double> upper;
  std::string unit;
  std::string approx;
  std::string counted;
};

struct Case {
  std::string text;
  std::vector<Expected> quantities;
};

void check(const Case& c) {
  Document doc = analyse(c.text);
  ASSERT_EQ(doc.quantities.size(), c.quantities.size()) << c.text;
  for (size_t i = 0; i < c.quantities.size(); ++i) {
    const Quantity& q = doc.quantities[i];
    const Expected& e = c.quantities[i];
    EXPECT_EQ(doc.slice(q), e.span) << c.text;
    EXPECT_NEAR(q.value, e.value, 1e-6 * std::max(1.0, e.value)) << c.text;
    EXPECT_EQ(q.upper.has_value(), e.upper.has_value()) << c.text;
    if (q.upper && e.upper) {
      EXPECT_DOUBLE_EQ(*q.upper, *e.upper) << c.text;
    }
    EXPECT_EQ(q.unit, e.unit) << c.text;
    EXPECT_EQ(q.approx, e.approx) << c.text;
    EXPECT_EQ(q.counted, e.counted) << c.text;
  }
}

TEST(ClaimsQuantitiesTest, NumbersUnitsAndCountedThings) {
  const Case cases[] = {
      {"Mehr als 10.000 nordkoreanische Soldaten sind im Einsatz.",
       {{"Mehr als 10.000", 10000, {}, "", "MORE_THAN", "nordkoreanische Soldaten"}}},
      {"Das Paket umfasst 1,5 Millionen Schuss Munition.",
       {{"1,5 Millionen", 1.5e6, {}, "", "", "Schuss"}}},
      {"Die Hilfe beträgt 33,76 Mrd. Euro.", {{"33,76 Mrd. Euro", 3.376e10, {}, "Euro", "", ""}}},
      {"Die Stadt liegt hundert Kilometer hinter der Front.",
       {{"hundert Kilometer", 100, {}, "km", "", ""}}},
      {"Es kamen einundzwanzig Abgeordnete.", {{"einundzwanzig", 21, {}, "", "", "Abgeordnete"}}},
      {"Zwölf Feuerwehrleute waren vor Ort.", {{"Zwölf", 12, {}, "", "", "Feuerwehrleute"}}},
      {"Die Firma baut 20 Prozent der Stellen ab.",
       {{"20 Prozent", 20, {}, "Prozent", "", "Stellen"}}},
      {"Der Preis stieg um 4,5 %.", {{"4,5 %", 4.5, {}, "Prozent", "", ""}}},
      {"Das Schiff hat 30.000 Tonnen Getreide geladen.",
       {{"30.000 Tonnen", 30000, {}, "t", "", "Getreide"}}},
      {"Der Konzern zahlte 2 Millionen US-Dollar.",
       {{"2 Millionen US-Dollar", 2e6, {}, "US-Dollar", "", ""}}},
      {"Das kostet 40 Euro.", {{"40 Euro", 40, {}, "Euro", "", ""}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(ClaimsQuantitiesTest, VagueNumbersAndFractions) {
  const Case cases[] = {
      {"Tausende Menschen demonstrierten.", {{"Tausende", 1000, {}, "", "MORE_THAN", "Menschen"}}},
      {"Dutzende Häuser wurden zerstört.", {{"Dutzende", 12, {}, "", "MORE_THAN", "Häuser"}}},
      {"Hunderte Helfer kamen.", {{"Hunderte", 100, {}, "", "MORE_THAN", "Helfer"}}},
      {"Ein Drittel der Bevölkerung ist betroffen.",
       {{"Ein Drittel", 1.0 / 3, {}, "Anteil", "", "Bevölkerung"}}},
      {"Mehr als die Hälfte der Wähler stimmte zu.",
       {{"Mehr als die Hälfte", 0.5, {}, "Anteil", "MORE_THAN", "Wähler"}}},
      {"Es fehlen zweieinhalb Millionen Wohnungen.",
       {{"zweieinhalb Millionen", 2.5e6, {}, "", "", "Wohnungen"}}},
      {"Die Reise dauerte anderthalb Tage.", {}},
      {"Zwei Dutzend Reporter warteten.", {{"Zwei Dutzend", 24, {}, "", "", "Reporter"}}},
      {"Eine Million Menschen ist ohne Strom.", {{"Eine Million", 1e6, {}, "", "", "Menschen"}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(ClaimsQuantitiesTest, RangesAndRatios) {
  const Case cases[] = {
      {"Die Armee fing vier von insgesamt sechs russischen Raketen ab.",
       {{"vier von insgesamt sechs", 4, 6, "", "", "russischen Raketen"}}},
      {"Auch 37 von 90 Drohnen der Armee wurden zerstört.",
       {{"37 von 90", 37, 90, "", "", "Drohnen"}}},
      {"Zwischen 10 und 20 Menschen wurden verletzt.",
       {{"Zwischen 10 und 20", 10, 20, "", "", "Menschen"}}},
      {"Sie erwarten 10 bis 20 Millionen Euro.",
       {{"10 bis 20 Millionen Euro", 10e6, 20e6, "Euro", "", ""}}},
      {"Die Temperatur lag zwischen 5 und 8 Grad.",
       {{"zwischen 5 und 8 Grad", 5, 8, "Grad", "", ""}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(ClaimsQuantitiesTest, Approximators) {
  const Case cases[] = {
      {"Es kamen rund 500 Gäste.", {{"rund 500", 500, {}, "", "APPROX", "Gäste"}}},
      {"Es kamen etwa 500 Gäste.", {{"etwa 500", 500, {}, "", "APPROX", "Gäste"}}},
      {"Es kamen ungefähr 500 Gäste.", {{"ungefähr 500", 500, {}, "", "APPROX", "Gäste"}}},
      {"Es kamen circa 500 Gäste.", {{"circa 500", 500, {}, "", "APPROX", "Gäste"}}},
      {"Es kamen ca. 500 Gäste.", {{"ca. 500", 500, {}, "", "APPROX", "Gäste"}}},
      {"Es kamen über 500 Gäste.", {{"über 500", 500, {}, "", "MORE_THAN", "Gäste"}}},
      {"Es kamen fast 500 Gäste.", {{"fast 500", 500, {}, "", "LESS_THAN", "Gäste"}}},
      {"Es kamen knapp 500 Gäste.", {{"knapp 500", 500, {}, "", "LESS_THAN", "Gäste"}}},
      {"Es kamen weniger als 500 Gäste.", {{"weniger als 500", 500, {}, "", "LESS_THAN", "Gäste"}}},
      {"Es kamen bis zu 500 Gäste.", {{"bis zu 500", 500, {}, "", "AT_MOST", "Gäste"}}},
      {"Es kamen mindestens 500 Gäste.", {{"mindestens 500", 500, {}, "", "AT_LEAST", "Gäste"}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(ClaimsQuantitiesTest, CountedThingDecisions) {
  const Case cases[] = {
      // The thing worth the amount is counted.
      {"Die USA leisteten Militärhilfe im Wert von mehr als 36,9 Milliarden US-Dollar (33,76 "
       "Mrd. Euro).",
       {{"mehr als 36,9 Milliarden US-Dollar",
         36.9e9,
         {},
         "US-Dollar",
         "MORE_THAN",
         "Militärhilfe"},
        {"33,76 Mrd. Euro", 33.76e9, {}, "Euro", "MORE_THAN", "Militärhilfe"}}},
      // An extended attribute between number and noun is skipped.
      {"Die meisten der mehr als 10.000 in den Osten Russlands geschickten Nordkoreaner kämpfen.",
       {{"mehr als 10.000", 10000, {}, "", "MORE_THAN", "Nordkoreaner"}}},
      {"Das Treffen der 20 wichtigsten Industrie- und Schwellenländer beginnt.",
       {{"20", 20, {}, "", "", "wichtigsten Industrie- und Schwellenländer"}}},
      // Elliptic: nothing to count.
      {"Zwei hätten den Luftraum verlassen.", {{"Zwei", 2, {}, "", "", ""}}},
  };
  for (const auto& c : cases) check(c);
}

TEST(ClaimsQuantitiesTest, SkipsYearsDatesTimesOrdinalsPhonesAndNames) {
  const char* none[] = {
      "Im Jahr 2024 wurde gewählt.",
      "Seit 2014 herrscht Krieg.",
      "Im Sommer 2023 begann die Offensive.",
      "Der Vertrag wurde am 5.9.2025 unterzeichnet.",
      "Der Zug fährt um 23.30 Uhr ab.",
      "Zwischen 17 und 23 Uhr soll Strom gespart werden.",
      "Das Treffen ist am 2. Juli.",
      "Die Ukraine erhält F-16 und Su-25.",
      "Der Gipfel der G20 beginnt.",
      "Die Pipelines Nord Stream 1 und 2 wurden beschädigt.",
      "Die Hotline ist unter 0800 1234567 erreichbar.",
      "Der Krieg dauert seit über 14 Monaten.",
      "Russland führt seit mehr als zweieinhalb Jahren Krieg.",
      "Er wurde zum 3. Mal gewählt.",
      "Ein Mann wurde festgenommen.",
      "Die Elf gewann das Spiel.",
      "Das Spiel endete 2:1.",
      "Artikel 5 des Vertrags gilt.",
  };
  for (const char* text : none) {
    Document doc = analyse(text);
    EXPECT_TRUE(doc.quantities.empty())
        << text << " -> " << (doc.quantities.empty() ? "" : doc.slice(doc.quantities[0]));
  }
}

TEST(ClaimsQuantitiesTest, LeavesNumbersInsideTimexesAndEntitiesAlone) {
  Document doc;
  doc.text = "Die Ukraine meldet 40 Angriffe in 24 Stunden.";
  segment(doc);
  Timex t;
  t.begin = static_cast<uint32_t>(doc.text.find("24"));
  t.end = t.begin + 11;
  t.type = "DURATION";
  doc.timexes.push_back(t);
  Entity e;
  e.begin = static_cast<uint32_t>(doc.text.find("40"));
  e.end = e.begin + 2;
  e.type = "MISC";
  doc.entities.push_back(e);
  extract_quantities(doc, lexicons());
  EXPECT_TRUE(doc.quantities.empty());
}

}  // namespace
}  // namespace lagebild
