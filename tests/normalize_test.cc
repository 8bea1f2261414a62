// normalize_text and to_lower: NFC with an offset map, removals, line breaks, case mapping.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/text.h"

namespace lagebild {
namespace {

TEST(NormalizeText, NfcCleanTextKeepsIdentityMap) {
  const std::string input = "Die Straße nach Kyjiw: „Ärger“ um 10.000 € — Путин 👍";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, input);
  EXPECT_TRUE(n.original_offset.empty());
  EXPECT_EQ(n.to_original(5), 5u);
}

TEST(NormalizeText, EmptyInput) {
  const NormalizedText n = normalize_text("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(n.to_original(0), 0u);
}

TEST(NormalizeText, ComposesNfdWithOffsetMap) {
  // "Ma" + U+0308 (combining diaeresis, 2 bytes) + "rz": NFD "März", 6 bytes.
  const std::string input = "Ma\u0308rz kam";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, "März kam");  // "ä" is 2 bytes: 5 + 4
  ASSERT_EQ(n.original_offset.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original(0), 0u);  // M
  EXPECT_EQ(n.to_original(1), 1u);  // ä starts where "a" started
  EXPECT_EQ(n.to_original(3), 4u);  // r: after a + U+0308
  EXPECT_EQ(n.to_original(4), 5u);  // z
  EXPECT_EQ(n.to_original(5), 6u);  // space
  EXPECT_EQ(n.to_original(static_cast<uint32_t>(n.text.size())), input.size());
  // A span of the output maps to the span of the input it came from.
  EXPECT_EQ(input.substr(n.to_original(0), n.to_original(5) - n.to_original(0)), "Ma\u0308rz");
}

TEST(NormalizeText, ComposesSeveralWordsAndKeepsOffsetsMonotonic) {
  const std::string input = "U\u0308berflu\u0308ge u\u0308ber Mu\u0308nchen";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, "Überflüge über München");
  ASSERT_EQ(n.original_offset.size(), n.text.size() + 1);
  for (size_t i = 1; i < n.original_offset.size(); ++i) {
    EXPECT_LE(n.original_offset[i - 1], n.original_offset[i]);
  }
  const size_t out = n.text.find("München");
  const uint32_t b = n.to_original(static_cast<uint32_t>(out));
  const uint32_t e = n.to_original(static_cast<uint32_t>(n.text.size()));
  EXPECT_EQ(input.substr(b, e - b), "Mu\u0308nchen");
}

TEST(NormalizeText, SingletonDecompositionsAreNormalised) {
  // U+212B ANGSTROM SIGN is NFC U+00C5; U+2001 EM QUAD is NFC U+2003.
  EXPECT_EQ(normalize_text("5 \u212B").text, "5 \u00C5");
  EXPECT_EQ(normalize_text("a\u2001b").text, "a\u2003b");
}

TEST(NormalizeText, RemovesSoftHyphenAndZeroWidthCharacters) {
  const std::string input = "Luft\u00ADabwehr\u200B und\u2060 \uFEFFAngriff";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, "Luftabwehr und Angriff");
  ASSERT_EQ(n.original_offset.size(), n.text.size() + 1);
  // "abwehr" starts after the 2-byte soft hyphen in the input.
  EXPECT_EQ(n.to_original(4), 6u);
  const size_t angriff = n.text.find("Angriff");
  EXPECT_EQ(input.substr(n.to_original(static_cast<uint32_t>(angriff))), "Angriff");
}

TEST(NormalizeText, KeepsZeroWidthJoinerAndNoBreakSpaces) {
  const std::string input = "👨\u200d👩 100\u00a0Euro 5\u202f%";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, input);
  EXPECT_TRUE(n.original_offset.empty());
}

TEST(NormalizeText, ConvertsCrLfAndLoneCr) {
  const std::string input = "Eins.\r\nZwei.\rDrei.";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, "Eins.\nZwei.\nDrei.");
  ASSERT_EQ(n.original_offset.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original(5), 5u);    // the LF maps to the CR
  EXPECT_EQ(n.to_original(6), 7u);    // "Zwei" starts after CR LF
  EXPECT_EQ(n.to_original(12), 13u);  // "Drei" after the lone CR
  EXPECT_EQ(n.to_original(static_cast<uint32_t>(n.text.size())), input.size());
}

TEST(NormalizeText, StripAndComposeTogether) {
  const std::string input = "A\u00AD\r\nu\u0308";
  const NormalizedText n = normalize_text(input);
  EXPECT_EQ(n.text, "A\nü");
  ASSERT_EQ(n.original_offset.size(), 5u);
  EXPECT_EQ(n.to_original(1), 3u);  // LF <- CR
  EXPECT_EQ(n.to_original(2), 5u);  // ü <- u
  EXPECT_EQ(n.to_original(4), static_cast<uint32_t>(input.size()));
}

TEST(NormalizeText, ToOriginalClampsPastTheEnd) {
  const NormalizedText n = normalize_text("x\r\ny");
  EXPECT_EQ(n.to_original(100), 4u);
}

TEST(ToLower, GermanCaseMapping) {
  EXPECT_EQ(to_lower("STRASSE"), "strasse");
  EXPECT_EQ(to_lower("Straße"), "straße");
  EXPECT_EQ(to_lower("GROẞE"), "große");  // capital sharp s U+1E9E
  EXPECT_EQ(to_lower("ÄRZTE ÖL ÜBER"), "ärzte öl über");
  EXPECT_EQ(to_lower("US-Außenminister"), "us-außenminister");
  EXPECT_EQ(to_lower("ПУТИН"), "путин");
  EXPECT_EQ(to_lower("Nato 2025"), "nato 2025");
  EXPECT_EQ(to_lower(""), "");
}

}  // namespace
}  // namespace lagebild
