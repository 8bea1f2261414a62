// KnowledgeBase queries on the real tables: variants, offices at a date, adjectives, titles.
#include <gtest/gtest.h>

#include <lagebild/kb.h>

namespace lagebild {
namespace {

const KnowledgeBase& kb() {
  static const auto loaded = KnowledgeBase::load(std::string(LAGEBILD_SOURCE_DIR) + "/data/kb");
  return *loaded;
}

std::string first_id(std::string_view name) {
  const auto c = kb().lookup(name);
  return c.empty() ? "" : c.front()->id;
}

struct NameToId {
  const char* name;
  const char* id;
};

class KbLookup : public testing::TestWithParam<NameToId> {};

TEST_P(KbLookup, VariantFindsEntity) {
  EXPECT_EQ(first_id(GetParam().name), GetParam().id) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Variants, KbLookup,
    testing::Values(NameToId{"Andrii Sybiha", "per:andrii_sybiha"},
                    NameToId{"Andrij Sybiga", "per:andrii_sybiha"},
                    NameToId{"Sybiha", "per:andrii_sybiha"},
                    NameToId{"Sybiga", "per:andrii_sybiha"},
                    NameToId{"Wolodymyr Selenskyj", "per:volodymyr_zelenskyy"},
                    NameToId{"Selenskyjs", "per:volodymyr_zelenskyy"},
                    NameToId{"Zelensky", "per:volodymyr_zelenskyy"},
                    NameToId{"Зеленський", "per:volodymyr_zelenskyy"},
                    NameToId{"Antony Blinken", "per:antony_blinken"},
                    NameToId{"Sergej Lawrow", "per:sergey_lavrov"}, NameToId{"Kiew", "geo:703448"},
                    NameToId{"Kyjiw", "geo:703448"}, NameToId{"Kyiv", "geo:703448"},
                    NameToId{"Київ", "geo:703448"}, NameToId{"Charkow", "geo:706483"},
                    NameToId{"Bachmut", "geo:713174"}, NameToId{"Artjomowsk", "geo:713174"},
                    NameToId{"Pokrowsk", "geo:704422"}, NameToId{"Ukraine", "cty:UKR"},
                    NameToId{"Nordkoreas", "cty:PRK"}, NameToId{"Russlands", "cty:RUS"},
                    NameToId{"USA", "cty:USA"}, NameToId{"Krim", "loc:crimea"},
                    NameToId{"Nato", "org:nato"}, NameToId{"NATO", "org:nato"},
                    NameToId{"dpa", "org:dpa"}, NameToId{"afp", "org:afp"},
                    NameToId{"rtr", "org:reuters"}, NameToId{"Reuters", "org:reuters"},
                    NameToId{"Kreml", "org:kremlin"}));

TEST(KbLookup, EveryUnMemberIsACountry) {
  // A sample of the countries added from the package lists, with a German inflection.
  EXPECT_EQ(first_id("Guyana"), "cty:GUY");
  EXPECT_EQ(first_id("Guinea-Bissau"), "cty:GNB");
  EXPECT_EQ(first_id("Grönlands"), "cty:GRL");
  EXPECT_EQ(first_id("Fidschi"), "cty:FJI");
  EXPECT_TRUE(kb().coordinates("cty:TUV"));
  const KbEntity* suriname = kb().country_for_adjective("surinamischen");
  ASSERT_TRUE(suriname);
  EXPECT_EQ(suriname->id, "cty:SUR");
}

TEST(KbLookup, NamesThatNormaliseToTwoLettersAreNotMatched) {
  // "Fiji" normalises to "fi", "Yoon" to "on", "Ibb" to "ib": such keys would meet compound
  // parts and short words ("Sci-Fi", "On", "IB").
  EXPECT_EQ(first_id("Fi"), "");
  EXPECT_EQ(first_id("Ion"), "");
  EXPECT_EQ(first_id("Ybbs"), "");
  EXPECT_EQ(first_id("Yoon Suk-yeol"), "per:yoon_suk_yeol");  // the full name still is
}

TEST(KbLookup, NewsAgenciesAreOrganisationsOfKindNewsAgency) {
  for (const char* tag : {"dpa", "afp", "AFP", "rtr", "AP", "KNA", "epd", "Interfax", "Tass"}) {
    const auto c = kb().lookup(tag);
    ASSERT_FALSE(c.empty()) << tag;
    EXPECT_EQ(c.front()->kind, EntityKind::kOrganisation) << tag;
    EXPECT_EQ(c.front()->subkind, "news_agency") << tag;
  }
}

TEST(KbLookup, PlacesHaveCoordinates) {
  auto kyiv = kb().coordinates("geo:703448");
  ASSERT_TRUE(kyiv);
  EXPECT_NEAR(kyiv->first, 50.45, 0.1);
  EXPECT_NEAR(kyiv->second, 30.52, 0.1);
  EXPECT_TRUE(kb().coordinates("cty:UKR"));
  EXPECT_TRUE(kb().coordinates("loc:kursk_oblast"));
  EXPECT_FALSE(kb().coordinates("per:antony_blinken"));
}

TEST(KbOffices, HolderAtDate) {
  auto holder = [](const char* office, const char* of, const char* date) {
    auto t = kb().office_holder(office, of, date);
    return t ? t->person : std::string();
  };
  EXPECT_EQ(holder("foreign_minister", "USA", "2023-05"), "per:antony_blinken");
  EXPECT_EQ(holder("foreign_minister", "USA", "2025-03-01"), "per:marco_rubio");
  EXPECT_EQ(holder("foreign_minister", "UKR", "2024-11"), "per:andrii_sybiha");
  EXPECT_EQ(holder("foreign_minister", "UKR", "2023-05-12"), "per:dmytro_kuleba");
  EXPECT_EQ(holder("secretary_general", "org:nato", "2022-10"), "per:jens_stoltenberg");
  EXPECT_EQ(holder("secretary_general", "org:nato", "2024-11"), "per:mark_rutte");
  EXPECT_EQ(holder("president", "USA", "2022-10"), "per:joe_biden");
  EXPECT_EQ(holder("president", "USA", "2025-06"), "per:donald_trump");
  EXPECT_EQ(holder("head_of_government", "DEU", "2024-01"), "per:olaf_scholz");
  EXPECT_EQ(holder("leader", "PRK", "2024-11"), "per:kim_jong_un");
  EXPECT_EQ(holder("defence_minister", "RUS", "2023-03"), "per:sergei_shoigu");
  EXPECT_EQ(holder("defence_minister", "RUS", "2024-06"), "per:andrei_belousov");
}

TEST(KbOffices, UnknownDateAnswersOnlyWhenOnePersonHeldTheOffice) {
  auto putin = kb().office_holder("president", "RUS", "");
  ASSERT_TRUE(putin);
  EXPECT_EQ(putin->person, "per:vladimir_putin");
  EXPECT_FALSE(kb().office_holder("secretary_general", "org:nato", ""));
  EXPECT_FALSE(kb().office_holder("president", "USA", ""));
}

TEST(KbAdjectives, InflectedFormsGiveTheCountry) {
  auto country = [](const char* w) {
    const KbEntity* c = kb().country_for_adjective(w);
    return c ? c->id : std::string();
  };
  EXPECT_EQ(country("ukrainische"), "cty:UKR");
  EXPECT_EQ(country("ukrainischen"), "cty:UKR");
  EXPECT_EQ(country("Ukrainisches"), "cty:UKR");
  EXPECT_EQ(country("nordkoreanischen"), "cty:PRK");
  EXPECT_EQ(country("russischer"), "cty:RUS");
  EXPECT_EQ(country("US-amerikanischen"), "cty:USA");
  EXPECT_EQ(country("deutschen"), "cty:DEU");
  EXPECT_EQ(country("französischen"), "cty:FRA");
  EXPECT_EQ(country("Russen"), "cty:RUS");
  EXPECT_EQ(country("Nordkoreaner"), "cty:PRK");
  EXPECT_EQ(country("Ukrainerinnen"), "cty:UKR");
  EXPECT_EQ(country("Briten"), "cty:GBR");
  EXPECT_EQ(country("schnell"), "");
}

TEST(KbTitles, PhrasesGiveOfficeAndCountry) {
  auto title = [](const char* w) {
    auto t = kb().title(w);
    return t ? t->office + "/" + t->of : std::string();
  };
  EXPECT_EQ(title("US-Außenminister"), "foreign_minister/USA");
  EXPECT_EQ(title("Außenministerin"), "foreign_minister/");
  EXPECT_EQ(title("Kremlchef"), "president/RUS");
  EXPECT_EQ(title("Kreml-Chef"), "president/RUS");
  EXPECT_EQ(title("Nato-Generalsekretär"), "secretary_general/org:nato");
  EXPECT_EQ(title("NATO-Generalsekretärs"), "secretary_general/org:nato");
  EXPECT_EQ(title("Bundeskanzler"), "head_of_government/DEU");
  EXPECT_EQ(title("Kanzlerin"), "head_of_government/DEU");
  EXPECT_EQ(title("US-Präsidenten"), "president/USA");
  EXPECT_EQ(title("Präsident"), "president/");
  EXPECT_EQ(title("Machthaber"), "leader/");
  EXPECT_EQ(title("Verteidigungsminister"), "defence_minister/");
  EXPECT_EQ(title("Regierungschef"), "head_of_government/");
  EXPECT_EQ(title("Generalstabschef"), "chief_of_general_staff/");
  EXPECT_EQ(title("EU-Außenbeauftragten"), "high_representative/org:eu");
  EXPECT_EQ(title("Ex-Präsident"), "");
  EXPECT_EQ(title("Haus"), "");
}

}  // namespace
}  // namespace lagebild
