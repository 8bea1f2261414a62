// resolve_entities: ids and names for tagged mentions, and the gazetteer pass. Documents are
// built by hand (text + byte spans); no tagger involved.
#include <gtest/gtest.h>

#include <gmock/gmock.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <lagebild/document.h>
#include <lagebild/kb.h>

namespace lagebild {
namespace {

const KnowledgeBase& real_kb() {
  static const auto loaded = KnowledgeBase::load(std::string(LAGEBILD_SOURCE_DIR) + "/data/kb");
  return *loaded;
}

class DocBuilder {
 public:
  explicit DocBuilder(std::string text, std::string date = "") {
    doc_.text = std::move(text);
    doc_.date.value = std::move(date);
  }
  // Marks the `nth` occurrence (0-based) of `surface` as a tagger entity.
  DocBuilder& entity(std::string_view surface, const char* type, int nth = 0, bool derived = false,
                     bool part = false) {
    size_t pos = doc_.text.find(surface);
    for (int i = 0; i < nth && pos != std::string::npos; ++i)
      pos = doc_.text.find(surface, pos + 1);
    EXPECT_NE(pos, std::string::npos) << surface;
    if (pos == std::string::npos) return *this;
    Entity e;
    e.begin = static_cast<uint32_t>(pos);
    e.end = static_cast<uint32_t>(pos + surface.size());
    e.type = type;
    e.derived = derived;
    e.part = part;
    doc_.entities.push_back(e);
    return *this;
  }
  DocBuilder& derived(std::string_view surface, const char* type = "LOC", int nth = 0) {
    return entity(surface, type, nth, true, false);
  }
  DocBuilder& part(std::string_view surface, const char* type, int nth = 0) {
    return entity(surface, type, nth, false, true);
  }
  Document resolve(const ResolveOptions& options = {}) {
    resolve_entities(doc_, real_kb(), options);
    return doc_;
  }

 private:
  Document doc_;
};

// The entity whose text is exactly `surface` (the nth such), or nullptr.
const Entity* find_entity(const Document& doc, std::string_view surface, int nth = 0) {
  for (const Entity& e : doc.entities) {
    if (doc.slice(e) == surface && nth-- == 0) return &e;
  }
  return nullptr;
}

std::string id_of(const Document& doc, std::string_view surface, int nth = 0) {
  const Entity* e = find_entity(doc, surface, nth);
  return e ? e->id : "<no entity \"" + std::string(surface) + "\">";
}

TEST(ResolveEntities, FullNamesSurnamesAndAdjectives) {
  const Document doc =
      DocBuilder(
          "US-Außenminister Antony Blinken hat mit seinem ukrainischen Kollegen Dmytro "
          "Kuleba gesprochen. Im Gespräch mit Kuleba wies Blinken darauf hin.",
          "2023-05")
          .part("US-Außenminister", "LOC")
          .entity("Antony Blinken", "PER")
          .derived("ukrainischen")
          .entity("Dmytro Kuleba", "PER")
          .entity("Kuleba", "PER", 1)
          .entity("Blinken", "PER", 1)
          .resolve();
  EXPECT_EQ(id_of(doc, "US-Außenminister"), "cty:USA");
  EXPECT_EQ(id_of(doc, "Antony Blinken"), "per:antony_blinken");
  EXPECT_EQ(find_entity(doc, "Antony Blinken")->name, "Antony Blinken");
  EXPECT_EQ(id_of(doc, "ukrainischen"), "cty:UKR");
  EXPECT_EQ(find_entity(doc, "ukrainischen")->name, "Ukraine");
  EXPECT_EQ(id_of(doc, "Dmytro Kuleba"), "per:dmytro_kuleba");
  EXPECT_EQ(id_of(doc, "Kuleba"), "per:dmytro_kuleba");
  EXPECT_EQ(id_of(doc, "Blinken"), "per:antony_blinken");
}

TEST(ResolveEntities, SybigaAndSybihaAreOnePerson) {
  const Document a = DocBuilder(
                         "Auch der ukrainische Außenminister Andrij Sybiga wurde erwartet. "
                         "Sybiha traf Kallas.",
                         "2024-11")
                         .entity("Andrij Sybiga", "PER")
                         .entity("Sybiha", "PER")
                         .resolve();
  const Document b = DocBuilder("Der Termin fand im Auftrag von Außenminister Andrii Sybiha statt.")
                         .entity("Andrii Sybiha", "PER")
                         .resolve();
  EXPECT_EQ(id_of(a, "Andrij Sybiga"), "per:andrii_sybiha");
  EXPECT_EQ(id_of(a, "Sybiha"), "per:andrii_sybiha");
  EXPECT_EQ(id_of(b, "Andrii Sybiha"), "per:andrii_sybiha");
}

TEST(ResolveEntities, KiewAndKyjiwShareOneId) {
  const Document a = DocBuilder("Kiew warnt vor einem Durchbruch.").entity("Kiew", "LOC").resolve();
  const Document b = DocBuilder("Raketen auf Kyjiw.").entity("Kyjiw", "LOC").resolve();
  EXPECT_EQ(id_of(a, "Kiew"), id_of(b, "Kyjiw"));
  EXPECT_EQ(id_of(a, "Kiew"), "geo:703448");
  EXPECT_EQ(find_entity(b, "Kyjiw")->name, "Kiew");
}

// The tagger sometimes reads a lone place name as a person. Linking corrects that for
// countries named as such and for large or curated places, but never for a word that is also a
// known person's name or only a demonym ("Franke" is not France).
TEST(ResolveEntities, LonePlaceTaggedAsPersonBecomesThePlace) {
  const Document doc =
      DocBuilder("Explosionen in Kyjiw. Auch Ungarns Regierung und Franke reagierten.", "2025-06")
          .entity("Kyjiw", "PER")
          .entity("Ungarns", "PER")
          .entity("Franke", "PER")
          .resolve();
  const Entity* kyjiw = find_entity(doc, "Kyjiw");
  ASSERT_NE(kyjiw, nullptr);
  EXPECT_EQ(kyjiw->type, "LOC");
  EXPECT_EQ(kyjiw->id, real_kb().lookup("Kiew").front()->id);
  const Entity* hungary = find_entity(doc, "Ungarns");
  ASSERT_NE(hungary, nullptr);
  EXPECT_EQ(hungary->type, "LOC");
  EXPECT_EQ(hungary->id, "cty:HUN");
  const Entity* franke = find_entity(doc, "Franke");
  ASSERT_NE(franke, nullptr);
  EXPECT_EQ(franke->type, "PER");
  EXPECT_NE(franke->id, "cty:FRA");
}

// A given name cut off from its surname by a bracket is the article's person of that given name,
// even when the surname comes after it, and never the city of that name (Vladimir, Russia).
// With two persons of one given name, or none, it is not guessed.
TEST(ResolveEntities, LoneGivenNameIsTheArticlesPersonOfThatName) {
  const Document doc =
      DocBuilder(
          "Die Kosten für (den russischen Präsidenten Wladimir) Putin steigen. Putin "
          "schweigt.",
          "2024-10")
          .entity("Wladimir", "PER")
          .entity("Putin", "PER")
          .entity("Putin", "PER", 1)
          .resolve();
  const Entity* wladimir = find_entity(doc, "Wladimir");
  ASSERT_NE(wladimir, nullptr);
  EXPECT_EQ(wladimir->type, "PER");
  EXPECT_EQ(wladimir->id, "per:vladimir_putin");
  EXPECT_EQ(wladimir->name, find_entity(doc, "Putin")->name);

  // The tagger often reads it as a place: right before the surname, it is still the person.
  const Document as_place =
      DocBuilder("Die Kosten für (den russischen Präsidenten Wladimir) Putin steigen.", "2024-10")
          .entity("Wladimir", "LOC")
          .entity("Putin", "PER")
          .resolve();
  ASSERT_NE(find_entity(as_place, "Wladimir"), nullptr);
  EXPECT_EQ(find_entity(as_place, "Wladimir")->type, "PER");
  EXPECT_EQ(id_of(as_place, "Wladimir"), "per:vladimir_putin");
  const Document city = DocBuilder("Drohnen trafen Wladimir. Putin schwieg.", "2024-10")
                            .entity("Wladimir", "LOC")
                            .entity("Putin", "PER")
                            .resolve();
  EXPECT_EQ(find_entity(city, "Wladimir")->type, "LOC");  // a full stop between: the city

  const Document two = DocBuilder(
                           "Wladimir Putin und Wladimir Klitschko trafen sich. Wladimir "
                           "lachte.",
                           "2024-10")
                           .entity("Wladimir Putin", "PER")
                           .entity("Wladimir Klitschko", "PER")
                           .entity("Wladimir", "PER", 2)
                           .resolve();
  const Entity* lone = find_entity(two, "Wladimir");
  ASSERT_NE(lone, nullptr);
  EXPECT_NE(lone->id, "per:vladimir_putin");
  EXPECT_NE(lone->id, id_of(two, "Wladimir Klitschko"));
}

TEST(ResolveEntities, EverySelenskyjFormSharesOneId) {
  const Document doc =
      DocBuilder(
          "Präsident Wolodymyr Selenskyj sprach. Nach Angaben Selenskyjs kämpfen sie. "
          "Präsident Zelensky plant. Selenskij sagte. Зеленський теж.",
          "2024-11")
          .entity("Wolodymyr Selenskyj", "PER")
          .entity("Selenskyjs", "PER")
          .entity("Zelensky", "PER")
          .entity("Selenskij", "PER")
          .entity("Зеленський", "PER")
          .resolve();
  for (const char* form :
       {"Wolodymyr Selenskyj", "Selenskyjs", "Zelensky", "Selenskij", "Зеленський"}) {
    EXPECT_EQ(id_of(doc, form), "per:volodymyr_zelenskyy") << form;
  }
}

TEST(ResolveEntities, NewsAgencyTagsAreFoundByTheGazetteer) {
  const Document doc =
      DocBuilder(
          "Die USA sind der größte Geldgeber. (afp)\n\nTrump will kürzen. (dpa)\n\n"
          "Zwei Drohnen verließen den Luftraum. (rtr) Laut dpa/AFP war es ruhig.")
          .resolve();
  EXPECT_EQ(id_of(doc, "afp"), "org:afp");
  EXPECT_EQ(id_of(doc, "dpa"), "org:dpa");
  EXPECT_EQ(id_of(doc, "rtr"), "org:reuters");
  EXPECT_EQ(find_entity(doc, "rtr")->type, "ORG");
  EXPECT_EQ(id_of(doc, "AFP"), "org:afp");
  EXPECT_EQ(id_of(doc, "USA"), "cty:USA");
}

TEST(ResolveEntities, GazetteerFindsMissedNamesWithoutDuplicates) {
  const Document doc =
      DocBuilder(
          "Nato-Generalsekretär Mark Rutte traf Emmanuel Macron in Paris. Rutte sagte, "
          "die Ukraine brauche Hilfe aus Deutschland.",
          "2024-11")
          .entity("Emmanuel Macron", "PER")
          .resolve();
  EXPECT_EQ(id_of(doc, "Mark Rutte"), "per:mark_rutte");
  EXPECT_EQ(id_of(doc, "Emmanuel Macron"), "per:emmanuel_macron");
  EXPECT_EQ(id_of(doc, "Rutte"), "per:mark_rutte");
  EXPECT_EQ(id_of(doc, "Ukraine"), "cty:UKR");
  EXPECT_EQ(id_of(doc, "Deutschland"), "cty:DEU");
  EXPECT_EQ(id_of(doc, "Paris"), "geo:2988507");
  const Entity* nato = find_entity(doc, "Nato-Generalsekretär");
  ASSERT_NE(nato, nullptr);
  EXPECT_TRUE(nato->part);
  EXPECT_EQ(nato->id, "org:nato");
  // No two entities overlap, and they are ordered.
  for (size_t i = 1; i < doc.entities.size(); ++i) {
    EXPECT_LE(doc.entities[i - 1].end, doc.entities[i].begin);
  }
}

TEST(ResolveEntities, AcronymsMatchOnlyExactly) {
  // By key, "OSZE" and "Ostsee" meet, and "MIT" (Turkey's intelligence service) is "mit".
  const Document doc = DocBuilder("Mit der OSZE in der Ostsee: mit Schiffen.").resolve();
  EXPECT_EQ(id_of(doc, "OSZE"), "org:osce");
  EXPECT_EQ(id_of(doc, "Ostsee"), "loc:baltic_sea");
  EXPECT_EQ(find_entity(doc, "Mit"), nullptr);
  EXPECT_EQ(find_entity(doc, "mit"), nullptr);
}

TEST(ResolveEntities, GazetteerSkipsCommonNounsThatAreAlsoNames) {
  const Document doc = DocBuilder("Das Bild im Spiegel zeigt die Linke.").resolve();
  EXPECT_TRUE(doc.entities.empty());
  const Document tagged = DocBuilder("Der Spiegel berichtet.").entity("Spiegel", "ORG").resolve();
  EXPECT_EQ(id_of(tagged, "Spiegel"), "org:spiegel");
}

TEST(ResolveEntities, GazetteerCanBeSwitchedOff) {
  ResolveOptions options;
  options.gazetteer = false;
  const Document doc = DocBuilder("Mark Rutte in Paris. (dpa)").resolve(options);
  EXPECT_TRUE(doc.entities.empty());
}

TEST(ResolveEntities, UnknownPersonsGetAStableNameKeyId) {
  const Document a = DocBuilder("Der Geschäftsträger John Ginkel kam. Ginkel sagte nichts.")
                         .entity("John Ginkel", "PER")
                         .entity("Ginkel", "PER")
                         .resolve();
  const Document b = DocBuilder("John Ginkel reiste ab.").entity("John Ginkel", "PER").resolve();
  const std::string id = id_of(a, "John Ginkel");
  EXPECT_EQ(
      id,
      "per:" +
          normalise_name("John Ginkel").replace(normalise_name("John Ginkel").find(' '), 1, "_"));
  EXPECT_EQ(id_of(a, "Ginkel"), id);
  EXPECT_EQ(id_of(b, "John Ginkel"), id);
  EXPECT_EQ(find_entity(a, "Ginkel")->name, "John Ginkel");
}

TEST(ResolveEntities, TheArticlesOwnFullNameBeatsAKbVariant) {
  // "Austin" is a KB variant of Lloyd Austin, but this article is about someone else.
  const Document doc = DocBuilder("Der Senator Ron Austin sprach. Austin sagte.", "2024-11")
                           .entity("Ron Austin", "PER")
                           .entity("Austin", "PER", 1)
                           .resolve();
  EXPECT_EQ(id_of(doc, "Austin"), id_of(doc, "Ron Austin"));
  EXPECT_NE(id_of(doc, "Austin"), "per:lloyd_austin");
}

TEST(ResolveEntities, LoneSurnameLinksToTheKbWhenUnambiguous) {
  const Document doc =
      DocBuilder("Blinken kündigt harte Antwort an.", "2024-11").entity("Blinken", "PER").resolve();
  EXPECT_EQ(id_of(doc, "Blinken"), "per:antony_blinken");
  ResolveOptions no_kb_surnames;
  no_kb_surnames.link_surnames_to_kb = false;
  // Kirby is no listed variant of John Kirby: only the surname index could link it.
  const Document on = DocBuilder("Kirby sagte.", "2023-05").entity("Kirby", "PER").resolve();
  EXPECT_EQ(id_of(on, "Kirby"), "per:john_kirby");
  const Document off = DocBuilder("Kirby sagte.").entity("Kirby", "PER").resolve(no_kb_surnames);
  EXPECT_EQ(id_of(off, "Kirby"), "per:" + normalise_name("Kirby"));
}

TEST(ResolveEntities, DerivedAndPartMentions) {
  const Document doc =
      DocBuilder(
          "Nordkoreanische Soldaten, die Kiewer Führung, das EU-Budget, der Ukraine-Krieg "
          "und US-amerikanische Hilfe.")
          .derived("Nordkoreanische")
          .derived("Kiewer")
          .part("EU-Budget", "ORG")
          .part("Ukraine-Krieg", "LOC")
          .derived("US-amerikanische")
          .resolve();
  EXPECT_EQ(id_of(doc, "Nordkoreanische"), "cty:PRK");
  EXPECT_EQ(id_of(doc, "Kiewer"), "geo:703448");
  EXPECT_EQ(id_of(doc, "EU-Budget"), "org:eu");
  EXPECT_EQ(id_of(doc, "Ukraine-Krieg"), "cty:UKR");
  EXPECT_EQ(id_of(doc, "US-amerikanische"), "cty:USA");
}

TEST(ResolveEntities, MetonymicOrganisationsAndPlaces) {
  const Document doc = DocBuilder("Der Kreml schweigt, Kiew warnt, Washington zögert.")
                           .entity("Kreml", "LOC")
                           .entity("Kiew", "ORG")
                           .entity("Washington", "LOC")
                           .resolve();
  EXPECT_EQ(id_of(doc, "Kreml"), "org:kremlin");
  EXPECT_EQ(id_of(doc, "Kiew"), "geo:703448");
  EXPECT_EQ(id_of(doc, "Washington"), "geo:4140963");
}

TEST(ResolveEntities, IdsAreStableAcrossRuns) {
  auto run = [] {
    return DocBuilder("Sergej Lawrow und Schoigu in Moskau; Jeremy Fleming, GCHQ.", "2022-10")
        .entity("Sergej Lawrow", "PER")
        .entity("Schoigu", "PER")
        .entity("Moskau", "LOC")
        .resolve();
  };
  const Document a = run(), b = run();
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) EXPECT_EQ(a.entities[i].id, b.entities[i].id);
  EXPECT_EQ(id_of(a, "Schoigu"), "per:sergei_shoigu");
  EXPECT_EQ(id_of(a, "Moskau"), "geo:524901");
  EXPECT_EQ(id_of(a, "Jeremy Fleming"), "per:jeremy_fleming");
  EXPECT_EQ(id_of(a, "GCHQ"), "org:gchq");
}

// ---------------------------------------------------------------------------------------------
// Roles: title phrases next to persons, and bare titles resolved to the office holder at the
// article's date.

// "text|person|office|country" for every role, in order.
std::vector<std::string> roles(const Document& doc) {
  std::vector<std::string> out;
  for (const Role& r : doc.roles) {
    // A role names a country (ISO alpha-3) or an organisation (entity id), never both.
    EXPECT_TRUE(r.country.empty() || r.organisation.empty()) << doc.slice(r);
    EXPECT_TRUE(r.country.empty() || r.country.size() == 3) << r.country;
    const std::string& of = r.country.empty() ? r.organisation : r.country;
    out.push_back(std::string(doc.slice(r)) + "|" + r.person + "|" + r.office + "|" + of);
  }
  return out;
}

using ::testing::ElementsAre;

TEST(ResolveRoles, TitleBeforeName) {
  const Document doc = DocBuilder(
                           "US-Außenminister Antony Blinken traf Nato-Generalsekretär Mark "
                           "Rutte und den ukrainischen Präsidenten Wolodymyr Selenskyj.",
                           "2024-11")
                           .entity("Antony Blinken", "PER")
                           .entity("Mark Rutte", "PER")
                           .entity("Wolodymyr Selenskyj", "PER")
                           .resolve();
  EXPECT_THAT(
      roles(doc),
      ElementsAre("US-Außenminister Antony Blinken|per:antony_blinken|foreign_minister|USA",
                  "Nato-Generalsekretär Mark Rutte|per:mark_rutte|secretary_general|org:nato",
                  "ukrainischen Präsidenten Wolodymyr Selenskyj|per:volodymyr_zelenskyy|"
                  "president|UKR"));
}

TEST(ResolveRoles, CountryFromAdjectiveFromPersonOrFromTitle) {
  const Document doc =
      DocBuilder(
          "Der ukrainische Außenminister Andrij Sybiga kam. Präsident Zelensky plant. "
          "Verteidigungsminister Rustem Umjerow sprach. Außenamtssprecher Vedant Patel "
          "sagte. Bundeskanzler Olaf Scholz schwieg.",
          "2024-11")
          .entity("Andrij Sybiga", "PER")
          .entity("Zelensky", "PER")
          .entity("Rustem Umjerow", "PER")
          .entity("Vedant Patel", "PER")
          .entity("Olaf Scholz", "PER")
          .resolve();
  EXPECT_THAT(
      roles(doc),
      ElementsAre("ukrainische Außenminister Andrij Sybiga|per:andrii_sybiha|foreign_minister|UKR",
                  "Präsident Zelensky|per:volodymyr_zelenskyy|president|UKR",
                  "Verteidigungsminister Rustem Umjerow|per:rustem_umerov|defence_minister|UKR",
                  "Außenamtssprecher Vedant Patel|per:vedant_patel|"
                  "foreign_ministry_spokesperson|USA",
                  "Bundeskanzler Olaf Scholz|per:olaf_scholz|head_of_government|DEU"));
}

TEST(ResolveRoles, BareTitlesResolveToTheHolderAtTheDate) {
  const Document doc =
      DocBuilder(
          "Der Kremlchef hatte gesagt, er sei bereit. Der US-Präsident sicherte Hilfe zu. "
          "Auch der Nato-Generalsekretär äußerte sich.",
          "2022-10")
          .resolve();
  EXPECT_THAT(roles(doc),
              ElementsAre("Kremlchef|per:vladimir_putin|president|RUS",
                          "US-Präsident|per:joe_biden|president|USA",
                          "Nato-Generalsekretär|per:jens_stoltenberg|secretary_general|org:nato"));
}

TEST(ResolveRoles, BareTitleWithCountryAdjective) {
  const Document doc =
      DocBuilder("mit Blick auf die Position des russischen Präsidenten, der ein Treffen will.",
                 "2025-09")
          .resolve();
  EXPECT_THAT(roles(doc), ElementsAre("russischen Präsidenten|per:vladimir_putin|president|RUS"));
}

TEST(ResolveRoles, UnknownDateResolvesOnlyUnambiguousOffices) {
  const Document doc =
      DocBuilder("Der Kremlchef schwieg. Der Nato-Generalsekretär äußerte sich.").resolve();
  EXPECT_THAT(roles(doc), ElementsAre("Kremlchef|per:vladimir_putin|president|RUS"));
}

TEST(ResolveRoles, FormerFutureAndPluralTitlesAreSkipped) {
  const Document doc =
      DocBuilder(
          "Der frühere US-Präsident äußerte sich. Die Außenminister der G7 tagten. "
          "Der Präsident des Roten Kreuzes warnte. Ex-Kanzler Schröder schwieg.",
          "2023-05")
          .resolve();
  EXPECT_TRUE(doc.roles.empty()) << ::testing::PrintToString(roles(doc));
}

TEST(ResolveRoles, DeputiesAndAppositions) {
  const Document doc =
      DocBuilder(
          "Die stellvertretende Außenministerin Mariana Betsa dankte. Der Direktor des "
          "britischen Geheimdienstes GCHQ, Jeremy Fleming, warnte.",
          "2022-10")
          .entity("Mariana Betsa", "PER")
          .entity("Jeremy Fleming", "PER")
          .entity("GCHQ", "ORG")
          .resolve();
  EXPECT_THAT(roles(doc),
              ElementsAre("stellvertretende Außenministerin Mariana Betsa|per:mariana_betsa|"
                          "deputy_foreign_minister|UKR",
                          "Direktor des britischen Geheimdienstes GCHQ, Jeremy Fleming|"
                          "per:jeremy_fleming|head|org:gchq"));
}

TEST(ResolveRoles, AppositionTakesTheFirstCountryAfterTheTitle) {
  const Document doc =
      DocBuilder(
          "Sie lud den vorübergehenden Geschäftsträger der Vereinigten Staaten in der "
          "Ukraine, John Ginkel, zu Gesprächen ein.")
          .entity("Vereinigten Staaten", "LOC")
          .entity("Ukraine", "LOC")
          .entity("John Ginkel", "PER")
          .resolve();
  ASSERT_EQ(doc.roles.size(), 1u);
  EXPECT_EQ(doc.roles[0].office, "charge_d_affaires");
  EXPECT_EQ(doc.roles[0].country, "USA");
  EXPECT_EQ(doc.roles[0].person, id_of(doc, "John Ginkel"));
}

TEST(ResolveRoles, RolesCanBeSwitchedOff) {
  ResolveOptions options;
  options.roles = false;
  const Document doc = DocBuilder("Der Kremlchef schwieg.", "2023-05").resolve(options);
  EXPECT_TRUE(doc.roles.empty());
}

// The resolver keeps each word form's keys per thread across documents (kb/resolve_entities.cc).
// They belong to one KB: another KB, even one loaded where a freed one was, sees its own names.
TEST(ResolveEntities, WordKeysCachedForOneKbDoNotLeakIntoAnother) {
  namespace fs = std::filesystem;
  const fs::path kb_dir = fs::temp_directory_path() /
                          ("lagebild_resolve_cache_" +
                           std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  const std::string kb_source = std::string(LAGEBILD_SOURCE_DIR) + "/data/kb";
  auto copy_kb = [&](bool with_extra_person) {
    fs::remove_all(kb_dir);
    fs::create_directories(kb_dir);
    for (const auto& f : fs::directory_iterator(kb_source)) {
      if (f.path().extension() == ".tsv") fs::copy_file(f.path(), kb_dir / f.path().filename());
    }
    if (with_extra_person) {
      std::ofstream(kb_dir / "persons.tsv", std::ios::app)
          << "per:hanne_quastenberg\tHanne Quastenberg\tDEU\tHanne Quastenberg\ttest\n";
    }
  };
  auto found = [](const KnowledgeBase& kb) {
    Document doc;
    doc.text = "Hanne Quastenberg sprach mit Wolodymyr Selenskyj.";
    resolve_entities(doc, kb);
    EXPECT_EQ(id_of(doc, "Wolodymyr Selenskyj"), "per:volodymyr_zelenskyy");
    return id_of(doc, "Hanne Quastenberg") == "per:hanne_quastenberg";
  };
  EXPECT_FALSE(found(real_kb()));
  copy_kb(true);
  {
    const auto with_person = KnowledgeBase::load(kb_dir.string());
    EXPECT_TRUE(found(*with_person));
    EXPECT_FALSE(found(real_kb()));
    EXPECT_TRUE(found(*with_person));
  }
  copy_kb(false);
  {
    const auto without_person = KnowledgeBase::load(kb_dir.string());
    EXPECT_FALSE(found(*without_person));
  }
  fs::remove_all(kb_dir);
}

}  // namespace
}  // namespace lagebild
