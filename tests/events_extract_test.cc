// The events stage on hand-made documents: entities are placed by the test, so that the table
// checks the event rules (triggers, modes, actors, place, date, negation, aux) and not the tagger.
#include <gtest/gtest.h>

#include <lagebild/claims.h>
#include <lagebild/events.h>
#include <lagebild/kb.h>
#include <lagebild/text.h>

#include <memory>
#include <string>
#include <vector>

#include "core/paths.h"

namespace lagebild {
namespace {

struct Ent {
  std::string text;  // found in the sentence (first occurrence)
  std::string type;  // PER, ORG, LOC
  std::string id;
  bool derived = false;
};

struct Case {
  std::string text;
  std::vector<Ent> entities;
  std::string trigger;  // the event to check, by its trigger text
  std::string type, mode, source, target;
  bool negated = false;
  std::string aux;
  std::string place;
};

class EventsExtractTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb_ = KnowledgeBase::load(data_path("kb"));
    events_ = new EventLexicons();
    claims_ = new ClaimLexicons();
  }
  static void TearDownTestSuite() {
    delete events_;
    delete claims_;
    kb_.reset();
  }

  static Document make(const std::string& text, const std::vector<Ent>& entities) {
    Document doc;
    doc.text = text;
    doc.date.value = "2024-05-15";
    segment(doc);
    for (const auto& e : entities) {
      const size_t at = text.find(e.text);
      EXPECT_NE(at, std::string::npos) << e.text;
      Entity x;
      x.begin = static_cast<uint32_t>(at);
      x.end = static_cast<uint32_t>(at + e.text.size());
      x.type = e.type;
      x.id = e.id;
      x.derived = e.derived;
      x.name = e.text;
      doc.entities.push_back(x);
    }
    std::sort(doc.entities.begin(), doc.entities.end(),
              [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
    return doc;
  }

  static void run(Document& doc) {
    extract_events(doc, *events_, *claims_, attribute_sentences(doc, *claims_), kb_.get());
  }

  static const Event* find(const Document& doc, const std::string& trigger) {
    for (const auto& e : doc.events) {
      if (doc.slice(e) == trigger) return &e;
    }
    return nullptr;
  }

  static std::shared_ptr<const KnowledgeBase> kb_;
  static EventLexicons* events_;
  static ClaimLexicons* claims_;
};

std::shared_ptr<const KnowledgeBase> EventsExtractTest::kb_;
EventLexicons* EventsExtractTest::events_ = nullptr;
ClaimLexicons* EventsExtractTest::claims_ = nullptr;

const Ent kScholz{"Scholz", "PER", "per:olaf_scholz"};
const Ent kMacron{"Macron", "PER", "per:emmanuel_macron"};
const Ent kUkraine{"Ukraine", "LOC", "cty:UKR"};
const Ent kRussland{"Russland", "LOC", "cty:RUS"};

// The table leaves trailing fields (negated, aux, place) out where they are false or empty.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
TEST_F(EventsExtractTest, Table) {
  const std::vector<Case> cases = {
      {"Scholz telefonierte mit Macron.",
       {kScholz, kMacron},
       "telefonierte",
       "CONSULT",
       "phone",
       "per:olaf_scholz",
       "per:emmanuel_macron"},
      // A bracket inside the phrase keeps its preposition ("mit"): Macron is the partner. In a
      // quotation, "wir" is the speaker's side.
      {"„Wir telefonierten mit (dem französischen Präsidenten) Macron“, sagte Scholz.",
       {kMacron, kScholz},
       "telefonierten",
       "CONSULT",
       "phone",
       "per:olaf_scholz",
       "per:emmanuel_macron"},
      // "wir" in a quotation is the speaker's side; a bare actor is the recipient.
      {"„Wir müssen der Ukraine mehr Unterstützung zukommen lassen“, sagte Scholz.",
       {kUkraine, kScholz},
       "Unterstützung",
       "SUPPORT",
       "",
       "per:olaf_scholz",
       "cty:UKR"},
      // ... unless the speaker receives.
      {"„Wir haben viel Unterstützung bekommen“, sagte Scholz.",
       {kScholz},
       "Unterstützung",
       "SUPPORT",
       "",
       "",
       "per:olaf_scholz"},
      // The subject of a verb of receiving is the recipient; the giver follows "aus" or "von".
      {"Die Ukraine erhielt am Montag weitere Militärhilfe aus Deutschland.",
       {kUkraine, {"Deutschland", "LOC", "cty:DEU"}},
       "Militärhilfe",
       "AID",
       "military",
       "cty:DEU",
       "cty:UKR"},
      {"Unterstützung bekam Scholz dabei von Macron.",
       {kScholz, kMacron},
       "Unterstützung",
       "SUPPORT",
       "",
       "per:emmanuel_macron",
       "per:olaf_scholz"},
      // No giver named: no source, rather than the recipient.
      {"Russland bekommt weiter Unterstützung.",
       {kRussland},
       "Unterstützung",
       "SUPPORT",
       "",
       "",
       "cty:RUS"},
      {"Scholz hat mit Macron über die Lage gesprochen.",
       {kScholz, kMacron},
       "gesprochen",
       "CONSULT",
       "",
       "per:olaf_scholz",
       "per:emmanuel_macron"},
      {"Die russische Armee hat die Ukraine mit Raketen beschossen.",
       {{"russische", "LOC", "cty:RUS", true}, kUkraine},
       "beschossen",
       "ASSAULT",
       "missile",
       "cty:RUS",
       "cty:UKR"},
      // Passive: the agent after "von" acts, the subject is hit; a city stands for its country.
      {"Kiew wurde in der Nacht von russischen Drohnen angegriffen.",
       {{"Kiew", "LOC", "geo:703448"}, {"russischen", "LOC", "cty:RUS", true}},
       "angegriffen",
       "ASSAULT",
       "drone",
       "cty:RUS",
       "cty:UKR",
       false,
       "",
       "geo:703448"},
      {"Ungarn wird der Ukraine keine Waffen liefern.",
       {{"Ungarn", "LOC", "cty:HUN"}, kUkraine},
       "liefern",
       "AID",
       "military",
       "cty:HUN",
       "cty:UKR",
       true,
       "future"},
      {"Russland könnte weitere Truppen an die Grenze verlegen.",
       {kRussland},
       "verlegen",
       "MOBILIZE",
       "troops",
       "cty:RUS",
       "",
       false,
       "hypothetical"},
      // A separable verb; the meeting it refuses is its content, not an event of its own.
      {"Selenskyj lehnte ein Treffen mit Putin in Moskau ab.",
       {{"Selenskyj", "PER", "per:volodymyr_zelenskyy"},
        {"Putin", "PER", "per:vladimir_putin"},
        {"Moskau", "LOC", "geo:524901"}},
       "lehnte",
       "REJECT",
       "meet",
       "per:volodymyr_zelenskyy",
       "per:vladimir_putin",
       false,
       "",
       "geo:524901"},
      // An event noun: the country adjective before it is the actor, "auf X" the target.
      {"Biden verurteilte die russischen Raketenangriffe auf die Ukraine.",
       {{"Biden", "PER", "per:joe_biden"}, {"russischen", "LOC", "cty:RUS", true}, kUkraine},
       "Raketenangriffe",
       "ASSAULT",
       "missile",
       "cty:RUS",
       "cty:UKR"},
      {"Biden verurteilte die russischen Raketenangriffe auf die Ukraine.",
       {{"Biden", "PER", "per:joe_biden"}, {"russischen", "LOC", "cty:RUS", true}, kUkraine},
       "verurteilte",
       "ACCUSE",
       "",
       "per:joe_biden",
       "cty:RUS"},
      {"Die EU verhängte neue Sanktionen gegen Russland.",
       {{"EU", "ORG", "org:eu"}, kRussland},
       "verhängte",
       "SANCTION",
       "",
       "org:eu",
       "cty:RUS"},
      {"Frankreich unterstützt die Ukraine mit Militärhilfe.",
       {{"Frankreich", "LOC", "cty:FRA"}, kUkraine},
       "unterstützt",
       "AID",
       "military",
       "cty:FRA",
       "cty:UKR"},
      {"In Belgrad demonstrierten Tausende gegen die Regierung.",
       {{"Belgrad", "LOC", "geo:792680"}},
       "demonstrierten",
       "PROTEST",
       "demo",
       "",
       "",
       false,
       "",
       "geo:792680"},
      {"Israel und die Hisbollah haben sich auf eine Waffenruhe geeinigt.",
       {{"Israel", "LOC", "cty:ISR"}, {"Hisbollah", "ORG", "org:hezbollah"}},
       "geeinigt",
       "AGREE",
       "",
       "cty:ISR",
       "org:hezbollah"},
      // The host receives, the guest is PLOVER's source.
      {"Xi empfing Putin in Peking.",
       {{"Xi", "PER", "per:xi_jinping"},
        {"Putin", "PER", "per:vladimir_putin"},
        {"Peking", "LOC", "geo:1816670"}},
       "empfing",
       "CONSULT",
       "visit",
       "per:vladimir_putin",
       "per:xi_jinping",
       false,
       "",
       "geo:1816670"},
      {"Die Nato will ihre Präsenz im Osten nicht nur verstärken.",
       {{"Nato", "ORG", "org:nato"}},
       "verstärken",
       "MOBILIZE",
       "troops",
       "org:nato",
       "",
       false,
       "future"},
      {"Moskau drohte Kiew mit Vergeltung.",
       {{"Moskau", "LOC", "geo:524901"}, {"Kiew", "LOC", "geo:703448"}},
       "drohte",
       "THREATEN",
       "",
       "cty:RUS",
       "cty:UKR"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text + " / " + c.trigger);
    Document doc = make(c.text, c.entities);
    run(doc);
    const Event* e = find(doc, c.trigger);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, c.type);
    EXPECT_EQ(e->mode, c.mode);
    EXPECT_EQ(e->source, c.source);
    EXPECT_EQ(e->target, c.target);
    EXPECT_EQ(e->negated, c.negated);
    EXPECT_EQ(e->aux, c.aux);
    EXPECT_EQ(e->place, c.place);
    EXPECT_EQ(e->date, "2024-05-15");  // no time expression: the article date
  }
}
#pragma GCC diagnostic pop

TEST_F(EventsExtractTest, NoEventsWithoutTriggersOrForOtherSenses) {
  for (const std::string text :
       {"Die Sonne schien den ganzen Tag.", "Eine Rakete traf ein Wohnhaus.",
        "Der Krieg dauert an.", "Er sprach von einem Erfolg.", "Hagel zerstörte die Ernte.",
        "Einige Soldaten haben sich ergeben.", "Der Winter wird zur Herausforderung.",
        "Bei einigen handelt es sich um Soldaten.", "Vor einigen Jahren hat sich das geändert.",
        "Betrachten Sie bitte die Grafik."}) {
    Document doc = make(text, {});
    run(doc);
    // "traf" needs "sich", "mit" or two persons; "sprach" needs "mit"; "Hagel" a weapon; a
    // state ("Krieg") is no event. "zerstörte" is an event without actors. "Einige" is no form
    // of "sich einigen", a "Herausforderung" no "Forderung"; "einigen" after a preposition or
    // before a noun is the determiner, "bitte" without "ich" the particle.
    for (const auto& e : doc.events) {
      EXPECT_EQ(doc.slice(e), "zerstörte") << text;
      EXPECT_EQ(e.source, "") << text;
    }
  }
}

// The same forms as verbs: "einigen" at the end of its clause, "bitte" next to "ich".
TEST_F(EventsExtractTest, AmbiguousFormsStillTriggerAsVerbs) {
  Document agree = make("Die Parteien wollen sich auf einen Plan einigen.", {});
  run(agree);
  ASSERT_NE(find(agree, "einigen"), nullptr);
  EXPECT_EQ(find(agree, "einigen")->type, "AGREE");
  Document request = make("„Ich bitte Sie um Hilfe“, sagte Scholz.", {kScholz});
  run(request);
  ASSERT_NE(find(request, "bitte"), nullptr);
  EXPECT_EQ(find(request, "bitte")->type, "REQUEST");
  EXPECT_EQ(find(request, "bitte")->source, "per:olaf_scholz");
}

TEST_F(EventsExtractTest, EmptyDocuments) {
  Document empty;
  segment(empty);
  run(empty);
  EXPECT_TRUE(empty.events.empty());

  // Not segmented at all: no sentences, no events, no crash; attributions may be empty.
  Document raw;
  raw.text = "Scholz telefonierte mit Macron.";
  extract_events(raw, *events_, *claims_, {}, nullptr);
  EXPECT_TRUE(raw.events.empty());

  // Without attributions, knowledge base or date the stage still runs.
  Document doc = make("Scholz telefonierte mit Macron.", {kScholz, kMacron});
  doc.date.value.clear();
  extract_events(doc, *events_, *claims_, {}, nullptr);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].attributed_to, "");
  EXPECT_EQ(doc.events[0].date, "");
}

TEST_F(EventsExtractTest, DateFromTheSentenceAndAttribution) {
  Document doc = make(
      "Scholz telefonierte am Dienstag mit Macron, teilte das Kanzleramt mit. Danach traf sich "
      "Scholz mit Macron.",
      {kScholz, kMacron, {"Kanzleramt", "ORG", "org:kanzleramt"}});
  Timex t;
  const size_t at = doc.text.find("am Dienstag");
  t.begin = static_cast<uint32_t>(at);
  t.end = static_cast<uint32_t>(at + 11);
  t.type = "DATE";
  t.value = "2024-05-14";
  doc.timexes.push_back(t);
  // The second sentence's entities: make() found only the first occurrences.
  Entity s2;
  s2.begin = static_cast<uint32_t>(doc.text.find("Scholz", 20));
  s2.end = s2.begin + 6;
  s2.type = "PER";
  s2.id = "per:olaf_scholz";
  Entity m2 = s2;
  m2.begin = static_cast<uint32_t>(doc.text.find("Macron", 40));
  m2.end = m2.begin + 6;
  m2.id = "per:emmanuel_macron";
  doc.entities.push_back(s2);
  doc.entities.push_back(m2);
  std::sort(doc.entities.begin(), doc.entities.end(),
            [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
  run(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].date, "2024-05-14");
  EXPECT_EQ(doc.events[0].attributed_to, "org:kanzleramt");
  EXPECT_EQ(doc.events[1].type, "CONSULT");
  EXPECT_EQ(doc.events[1].date, "2024-05-15");
  EXPECT_EQ(doc.events[1].source, "per:olaf_scholz");
  EXPECT_EQ(doc.events[1].target, "per:emmanuel_macron");
}

TEST_F(EventsExtractTest, DieBeidenAreThePreviousEventsParticipants) {
  Document doc =
      make("Scholz sprach mit Macron. In einem Telefonat hätten die beiden über Hilfen beraten.",
           {kScholz, kMacron});
  run(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  const Event& second = doc.events[1];
  EXPECT_EQ(doc.slice(second), "beraten");
  EXPECT_EQ(second.mode, "phone");  // from the merged noun "Telefonat"
  EXPECT_EQ(second.source, "per:olaf_scholz");
  EXPECT_EQ(second.target, "per:emmanuel_macron");
}

}  // namespace
}  // namespace lagebild
