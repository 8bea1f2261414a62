// normalise_name: the matching key. Table-driven, RE2 style: spellings that must meet, and
// names that must stay apart.
#include <gtest/gtest.h>

#include <lagebild/kb.h>

#include "kb/name_key.h"

namespace lagebild {
namespace {

struct SameKey {
  const char* a;
  const char* b;
};

class NormaliseSame : public testing::TestWithParam<SameKey> {};

TEST_P(NormaliseSame, SpellingsMeet) {
  EXPECT_EQ(normalise_name(GetParam().a), normalise_name(GetParam().b))
      << GetParam().a << " / " << GetParam().b;
}

INSTANTIATE_TEST_SUITE_P(
    Variants, NormaliseSame,
    testing::Values(
        // German vs English transliteration of Ukrainian names.
        SameKey{"Wolodymyr Selenskyj", "Volodymyr Zelenskyy"}, SameKey{"Selenskyj", "Zelensky"},
        SameKey{"Selenskyj", "Zelenskyi"}, SameKey{"Selenskyj", "Zelenskiy"},
        SameKey{"Selenskij", "Selenskyj"}, SameKey{"Selenskyj", "Зеленський"},
        SameKey{"Selenskyj", "Зеленский"}, SameKey{"Sybiha", "Sybiga"}, SameKey{"Sybiga", "Sibiga"},
        SameKey{"Sybiha", "Сибіга"}, SameKey{"Andrij", "Andrii"}, SameKey{"Andrii", "Andriy"},
        SameKey{"Kyjiw", "Kyiv"}, SameKey{"Kyiv", "Київ"}, SameKey{"Charkiw", "Kharkiv"},
        SameKey{"Kharkiv", "Харків"}, SameKey{"Saporischschja", "Zaporizhzhia"},
        SameKey{"Zaporizhzhia", "Запоріжжя"}, SameKey{"Donezk", "Donetsk"},
        SameKey{"Luhansk", "Луганськ"}, SameKey{"Tschernihiw", "Chernihiv"},
        SameKey{"Cherson", "Kherson"}, SameKey{"Mykolajiw", "Mykolaiv"},
        SameKey{"Schmyhal", "Shmyhal"}, SameKey{"Saluschnyj", "Zaluzhnyi"},
        SameKey{"Syrskyj", "Syrskyi"}, SameKey{"Jermak", "Yermak"}, SameKey{"Umjerow", "Umerov"},
        // Russian names.
        SameKey{"Schoigu", "Shoigu"}, SameKey{"Shoigu", "Шойгу"}, SameKey{"Lawrow", "Lavrov"},
        SameKey{"Sergej Lawrow", "Sergey Lavrov"}, SameKey{"Sergei", "Sergej"},
        SameKey{"Prigoschin", "Prigozhin"}, SameKey{"Prigozhin", "Пригожин"},
        SameKey{"Jewgeni", "Yevgeny"}, SameKey{"Putin", "Путин"}, SameKey{"Peskow", "Peskov"},
        SameKey{"Tokajew", "Tokayev"}, SameKey{"Dnjepr", "Dnepr"}, SameKey{"Alexej", "Aleksei"},
        // Case, diacritics, punctuation, hyphens.
        SameKey{"KIEW", "Kiew"}, SameKey{"Łódź", "Lodz"}, SameKey{"Erdoğan", "Erdogan"},
        SameKey{"Kim Jong-un", "Kim Jong Un"}, SameKey{"Kramators’k", "Kramatorsk"},
        SameKey{"  Mark   Rutte ", "Mark Rutte"}, SameKey{"Außenminister", "Aussenminister"}));

struct DifferentKey {
  const char* a;
  const char* b;
};

class NormaliseDifferent : public testing::TestWithParam<DifferentKey> {};

TEST_P(NormaliseDifferent, NamesStayApart) {
  EXPECT_NE(normalise_name(GetParam().a), normalise_name(GetParam().b))
      << GetParam().a << " / " << GetParam().b;
}

INSTANTIATE_TEST_SUITE_P(
    Distinct, NormaliseDifferent,
    testing::Values(DifferentKey{"Putin", "Patel"}, DifferentKey{"Kiew", "Kursk"},
                    DifferentKey{"Biden", "Blinken"}, DifferentKey{"Wolodymyr", "Wladimir"},
                    DifferentKey{"Russland", "Weißrussland"}, DifferentKey{"Donezk", "Luhansk"},
                    DifferentKey{"Wien", "Wenn"}));

TEST(NormaliseName, KeysAreReadableLowerCaseAscii) {
  EXPECT_EQ(normalise_name("Wolodymyr Selenskyj"), "volodimir selenski");
  EXPECT_EQ(normalise_name("Kyjiw"), "kiv");
  EXPECT_EQ(normalise_name("Antony Blinken"), "antoni blinken");
  EXPECT_EQ(normalise_name(""), "");
  EXPECT_EQ(normalise_name("(dpa)"), "dpa");
}

TEST(NormaliseName, IsIdempotent) {
  for (const char* s : {"Wolodymyr Selenskyj", "Saporischschja", "Schtschukin", "Charkiw", "Jermak",
                        "Mashhad", "Xi Jinping", "Zaporizhzhia", "Київ"}) {
    const std::string once = normalise_name(s);
    EXPECT_EQ(normalise_name(once), once) << s;
  }
}

// Characters without a Latin transliteration stay whole: the key must remain valid UTF-8 (it
// becomes part of entity ids in the JSON output).
TEST(NormaliseName, KeepsCharactersItCannotTransliterateWhole) {
  const std::string key = normalise_name("Die CO\u2082-Steuer");
  EXPECT_NE(key.find("\u2082"), std::string::npos) << key;
  EXPECT_EQ(normalise_name("H\u2082\u2082"), normalise_name("H\u2082\u2082"));
  for (const char* s : {"CO\u2082", "\u2082\u2082", "x\u00B2\u00B2", "\u2116\u2116 5"}) {
    const std::string k = normalise_name(s);
    size_t i = 0;
    while (i < k.size()) {  // every lead byte is followed by its continuation bytes
      const auto c = static_cast<unsigned char>(k[i]);
      const size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      ASSERT_GE(c < 0x80 ? 0xC0 : c, 0xC0) << s << " -> " << k;
      for (size_t j = 1; j < n; ++j) {
        ASSERT_LT(i + j, k.size()) << s << " -> " << k;
        ASSERT_EQ(static_cast<unsigned char>(k[i + j]) & 0xC0, 0x80) << s << " -> " << k;
      }
      i += n;
    }
  }
}

TEST(StripGenitive, RemovesOnlyAPlausibleEnding) {
  EXPECT_EQ(kb::strip_genitive("Selenskyjs"), "Selenskyj");
  EXPECT_EQ(kb::strip_genitive("Nordkoreas"), "Nordkorea");
  EXPECT_EQ(kb::strip_genitive("Wolodymyr Selenskyjs"), "Wolodymyr Selenskyj");
  EXPECT_EQ(kb::strip_genitive("Kallas'"), "Kallas");
  EXPECT_EQ(kb::strip_genitive("Kallas’"), "Kallas");
  EXPECT_EQ(kb::strip_genitive("Putin"), "");
  EXPECT_EQ(kb::strip_genitive("Ås"), "");  // too short to be a genitive
}

}  // namespace
}  // namespace lagebild
