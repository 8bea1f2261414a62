// A hand-annotated corpus of three short articles for the store's query tests: every layer is
// written here, so expectations do not depend on the analysis stages.
//   a (2024-11): "mehr als 10.000 nordkoreanische Soldaten" (USA), "12.000 Nordkoreaner",
//      "5.000 russische Soldaten" in one paragraph; "Am 4. November 2024" ... Kursk
//   b (2024-12-16): Selenskyj's "11.000 nordkoreanischen Soldaten"; ASSAULT by Russia on
//      Ukraine at Charkiw (geo:706483), no date of its own
//   c (undated): "37 von 90 Drohnen" (air force); "Im Sommer 2023"; CONSULT Kuleba -> Blinken,
//      no place, no date; a sentence with a comma and ASCII quotes (for CSV)
#ifndef LAGEBILD_TESTS_STORE_CORPUS_H_
#define LAGEBILD_TESTS_STORE_CORPUS_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lagebild/document.h"
#include "lagebild/text.h"

namespace lagebild::test_corpus {

// Sets the span of `item` to the first occurrence of `needle` at or after `from` in doc.text.
template <typename T>
T& mark(const Document& doc, T& item, const std::string& needle, size_t from = 0) {
  const size_t at = doc.text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  item.begin = static_cast<uint32_t>(at);
  item.end = static_cast<uint32_t>(at + needle.size());
  return item;
}

inline Entity entity(const Document& doc, const std::string& needle, size_t from,
                     const std::string& type, const std::string& id, const std::string& name,
                     bool derived = false) {
  Entity e;
  e.type = type;
  e.id = id;
  e.name = name;
  e.derived = derived;
  return mark(doc, e, needle, from);
}

inline Document article(const std::string& id, const std::string& title, const std::string& body,
                        const std::string& date) {
  Document doc;
  doc.id = id;
  doc.title = title;
  doc.text = title + "\n" + body;
  doc.date.value = date;
  doc.date.origin = date.empty() ? DocumentDate::Origin::kUnknown : DocumentDate::Origin::kGiven;
  segment(doc);
  return doc;
}

inline std::vector<Document> documents() {
  std::vector<Document> docs;
  {
    Document a = article("a", "Nordkorea schickt Soldaten",
                         "Nach US-Angaben sind mehr als 10.000 nordkoreanische Soldaten in "
                         "Russland. Insgesamt seien es 12.000 Nordkoreaner. Weitere 5.000 "
                         "russische Soldaten kamen hinzu. Am 4. November 2024 meldete Kiew "
                         "Gefechte in Kursk.",
                         "2024-11");
    a.entities = {entity(a, "Nordkorea", 0, "LOC", "cty:PRK", "Nordkorea"),
                  entity(a, "nordkoreanische", 0, "LOC", "cty:PRK", "Nordkorea", true),
                  entity(a, "Russland", 0, "LOC", "cty:RUS", "Russland"),
                  entity(a, "Kiew", 0, "LOC", "geo:703448", "Kyjiw"),
                  entity(a, "Kursk", 0, "LOC", "geo:538560", "Kursk")};
    Quantity q;
    q.value = 10000;
    q.approx = "MORE_THAN";
    q.counted = "nordkoreanische Soldaten";
    q.source = "USA";
    a.quantities.push_back(mark(a, q, "mehr als 10.000"));
    Quantity koreans;
    koreans.value = 12000;
    koreans.counted = "Nordkoreaner";
    a.quantities.push_back(mark(a, koreans, "12.000"));
    Quantity russians;
    russians.value = 5000;
    russians.counted = "russische Soldaten";
    a.quantities.push_back(mark(a, russians, "5.000"));
    Timex t;
    t.type = "DATE";
    t.value = "2024-11-04";
    a.timexes.push_back(mark(a, t, "Am 4. November 2024"));
    docs.push_back(std::move(a));
  }
  {
    Document b = article("b", "Selenskyj: 11.000 Soldaten",
                         "Selenskyj sprach von einigen der 11.000 nordkoreanischen Soldaten. "
                         "Russland griff Charkiw mit Drohnen an.",
                         "2024-12-16");
    const size_t body = b.title->size();
    b.entities = {
        entity(b, "Selenskyj", 0, "PER", "per:wolodymyr_selenskyj", "Wolodymyr Selenskyj"),
        entity(b, "Selenskyj", body, "PER", "per:wolodymyr_selenskyj", "Wolodymyr Selenskyj"),
        entity(b, "Russland", 0, "LOC", "cty:RUS", "Russland"),
        entity(b, "Charkiw", 0, "LOC", "geo:706483", "Charkiw")};
    Quantity q;
    q.value = 11000;
    q.counted = "nordkoreanischen Soldaten";
    q.source = "per:wolodymyr_selenskyj";
    b.quantities.push_back(mark(b, q, "11.000", body));
    Event e;
    e.type = "ASSAULT";
    e.mode = "drone";
    e.source = "cty:RUS";
    e.target = "cty:UKR";
    e.place = "geo:706483";
    b.events.push_back(mark(b, e, "griff"));
    docs.push_back(std::move(b));
  }
  {
    Document c = article("c", "Drohnen über Odessa",
                         "Die Luftwaffe fing 37 von 90 Drohnen ab. Im Sommer 2023 waren es "
                         "weniger Soldaten. Kuleba telefonierte mit Blinken, sagte ein "
                         "\"Sprecher\".",
                         "");
    Quantity q;
    q.value = 37;
    q.upper = 90;
    q.counted = "Drohnen";
    q.source = "org:ukraine_air_force";
    c.quantities.push_back(mark(c, q, "37 von 90"));
    Timex t;
    t.type = "DATE";
    t.value = "2023-SU";
    c.timexes.push_back(mark(c, t, "Im Sommer 2023"));
    Event e;
    e.type = "CONSULT";
    e.mode = "phone";
    e.source = "per:dmytro_kuleba";
    e.target = "per:antony_blinken";
    c.events.push_back(mark(c, e, "telefonierte"));
    docs.push_back(std::move(c));
  }
  return docs;
}

}  // namespace lagebild::test_corpus

#endif  // LAGEBILD_TESTS_STORE_CORPUS_H_
