// The output contract writer: every layer serialised with the field names of DESIGN.md, code
// point offsets, escaping, null for absent attributes. Checked by parsing the output back.
#include "io/document_json.h"

#include <limits>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/json_out.h"

namespace lagebild {
namespace {

using nlohmann::json;

// Byte span of the first occurrence of `part` in `text`.
Span find_span(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

template <typename T>
T at(const std::string& text, const std::string& part) {
  T t;
  static_cast<Span&>(t) = find_span(text, part);
  return t;
}

// Slices a UTF-8 string by code point offsets, as Python's text[start:end] does.
std::string code_point_slice(const std::string& s, size_t start, size_t end) {
  std::string out;
  size_t index = 0;  // code point index of the byte at hand
  bool first = true;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      if (!first) ++index;
      first = false;
    }
    if (index >= start && index < end) out.push_back(c);
  }
  return out;
}

Document full_document() {
  Document doc;
  doc.id = "probe-1";
  doc.title = "Außenministerin in Kyjiw";
  doc.text =
      "Außenministerin in Kyjiw\n\nDie Außenministerin traf am 2. Juli in Kyjiw ein. „Wir "
      "liefern 10.000 Schuss“, sagte sie.";
  doc.metadata = {{"source", "Beispielblatt"}, {"url", "https://example.org/a"}};
  doc.date.value = "2025-07";
  doc.date.origin = DocumentDate::Origin::kInferred;
  doc.date.earliest = "2025-07-01";
  doc.date.latest = "2025-07-31";
  doc.date.confidence = 0.75;
  DateEvidence ev = at<DateEvidence>(doc.text, "am 2. Juli");
  ev.why = "Datum im Text";
  doc.date.evidence.push_back(ev);
  doc.paragraphs = {at<Paragraph>(doc.text, "Außenministerin in Kyjiw"),
                    at<Paragraph>(doc.text, "Die Außenministerin traf")};
  doc.paragraphs[1].end = static_cast<uint32_t>(doc.text.size());
  Sentence s = at<Sentence>(doc.text, "Die Außenministerin traf am 2. Juli in Kyjiw ein.");
  doc.sentences.push_back(s);
  doc.tokens = {at<Token>(doc.text, "Außenministerin"), at<Token>(doc.text, "Kyjiw")};
  Entity kyjiw = at<Entity>(doc.text, "Kyjiw ein");
  kyjiw.end = kyjiw.begin + 5;
  kyjiw.type = "LOC";
  kyjiw.id = "Q1899";
  kyjiw.name = "Kiew";
  doc.entities.push_back(kyjiw);
  Role role = at<Role>(doc.text, "Die Außenministerin");
  role.office = "Außenminister";
  role.country = "DEU";
  doc.roles.push_back(role);
  Timex timex = at<Timex>(doc.text, "2. Juli");
  timex.type = "DATE";
  timex.value = "2025-07-02";
  doc.timexes.push_back(timex);
  Quantity q = at<Quantity>(doc.text, "10.000 Schuss");
  q.value = 10000;
  q.counted = "Schuss";
  doc.quantities.push_back(q);
  Event e = at<Event>(doc.text, "traf");
  e.type = "CONSULT";
  e.mode = "visit";
  e.place = "Q1899";
  e.negated = false;
  doc.events.push_back(e);
  return doc;
}

TEST(DocumentJson, AllFieldsOfTheContract) {
  const Document doc = full_document();
  std::string out;
  io::append_document_json(doc, {}, out);
  ASSERT_TRUE(out.ends_with("\n"));
  EXPECT_EQ(out.find('\n'), out.size() - 1);  // one line
  const json j = json::parse(out);
  EXPECT_EQ(j["id"], "probe-1");
  EXPECT_EQ(j["title"], "Außenministerin in Kyjiw");
  EXPECT_EQ(j["text"], doc.text);
  EXPECT_EQ(j["metadata"]["source"], "Beispielblatt");
  EXPECT_EQ(j["date"]["value"], "2025-07");
  EXPECT_EQ(j["date"]["origin"], "inferred");
  EXPECT_EQ(j["date"]["earliest"], "2025-07-01");
  EXPECT_EQ(j["date"]["latest"], "2025-07-31");
  EXPECT_DOUBLE_EQ(j["date"]["confidence"].get<double>(), 0.75);
  EXPECT_EQ(j["date"]["evidence"][0]["text"], "am 2. Juli");
  EXPECT_EQ(j["date"]["evidence"][0]["why"], "Datum im Text");
  EXPECT_FALSE(j.contains("tokens"));
  EXPECT_EQ(j["entities"][0]["type"], "LOC");
  EXPECT_EQ(j["entities"][0]["derived"], false);
  EXPECT_EQ(j["entities"][0]["id"], "Q1899");
  EXPECT_EQ(j["entities"][0]["name"], "Kiew");
  EXPECT_EQ(j["roles"][0]["office"], "Außenminister");
  EXPECT_EQ(j["roles"][0]["country"], "DEU");
  EXPECT_TRUE(j["roles"][0]["person"].is_null());  // empty attribute -> null
  EXPECT_EQ(j["timexes"][0]["type"], "DATE");
  EXPECT_EQ(j["timexes"][0]["value"], "2025-07-02");
  EXPECT_EQ(j["quantities"][0]["value"], 10000);
  EXPECT_TRUE(j["quantities"][0]["unit"].is_null());
  EXPECT_EQ(j["quantities"][0]["counted"], "Schuss");
  EXPECT_EQ(j["events"][0]["type"], "CONSULT");
  EXPECT_EQ(j["events"][0]["mode"], "visit");
  EXPECT_EQ(j["events"][0]["negated"], false);
  EXPECT_EQ(j["events"][0]["text"], "traf");
}

TEST(DocumentJson, OffsetsAreCodePointsThatSliceTheText) {
  const Document doc = full_document();
  std::string out;
  io::append_document_json(doc, {.tokens = true}, out);
  const json j = json::parse(out);
  const std::string text = j["text"];
  auto check = [&](const json& span, const std::string& expected) {
    EXPECT_EQ(code_point_slice(text, span["start"], span["end"]), expected) << span.dump();
  };
  // "Außenministerin in Kyjiw\n\n" is 26 code points but 27 bytes: offsets must count the ß once.
  EXPECT_EQ(j["sentences"][0]["start"], 26);
  check(j["sentences"][0], "Die Außenministerin traf am 2. Juli in Kyjiw ein.");
  check(j["tokens"][0], "Außenministerin");
  check(j["tokens"][1], "Kyjiw");
  check(j["entities"][0], "Kyjiw");
  check(j["quantities"][0], "10.000 Schuss");
  check(j["timexes"][0], "2. Juli");
  check(j["date"]["evidence"][0], "am 2. Juli");
  check(j["paragraphs"][1], text.substr(text.find("Die")));
  // Tokens were written after sentences whose ends lie further on: the converter went backwards.
  EXPECT_EQ(j["tokens"][0]["start"], 0);
}

TEST(DocumentJson, UnknownDateAndMissingTitleAreNull) {
  Document doc;
  doc.id = "x";
  doc.text = "Kurz.";
  std::string out;
  io::append_document_json(doc, {}, out);
  const json j = json::parse(out);
  EXPECT_TRUE(j["title"].is_null());
  EXPECT_TRUE(j["date"]["value"].is_null());
  EXPECT_EQ(j["date"]["origin"], "unknown");
  EXPECT_TRUE(j["date"]["earliest"].is_null());
  EXPECT_TRUE(j["date"]["latest"].is_null());
  EXPECT_EQ(j["date"]["confidence"], 0);
  for (const char* layer : {"sentences", "entities", "roles", "timexes", "quantities", "events"}) {
    EXPECT_TRUE(j[layer].is_array() && j[layer].empty()) << layer;
  }
}

TEST(JsonString, EscapesRoundTrip) {
  std::string all_controls;
  for (int c = 0; c < 0x20; ++c) all_controls.push_back(static_cast<char>(c));
  for (const std::string& s :
       {std::string("plain"), std::string("quote \" backslash \\ slash /"),
        std::string("Zeile\nZeile\r\tTab"), all_controls,
        std::string("Umlaute äöü ß, Anführung „…“, Emoji \xF0\x9F\x98\x80, U+2028 \xE2\x80\xA8"),
        std::string("\x7F DEL"), std::string()}) {
    std::string out;
    io::append_json_string(out, s);
    EXPECT_EQ(json::parse(out).get<std::string>(), s) << out;
  }
  std::string out;
  io::append_json_string(out, std::string("a\x01"
                                          "b",
                                          3));
  EXPECT_EQ(out, "\"a\\u0001b\"");
}

TEST(JsonOut, NumbersAndNesting) {
  std::string out;
  io::JsonOut j(out);
  j.begin_object();
  j.key("n").integer(4294967296ULL);
  j.key("x").number(0.1);
  j.key("nan").number(std::numeric_limits<double>::quiet_NaN());
  j.key("list").begin_array();
  j.begin_object().end_object();
  j.integer(1).boolean(true).null();
  j.begin_array().end_array();
  j.end_array();
  j.key("s").string_or_null("");
  j.end_object();
  EXPECT_EQ(out, R"({"n":4294967296,"x":0.1,"nan":null,"list":[{},1,true,null,[]],"s":null})");
  EXPECT_NO_THROW(json::parse(out));
}

}  // namespace
}  // namespace lagebild
