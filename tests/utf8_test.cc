#include "text/utf8.h"

#include <gtest/gtest.h>

namespace lagebild::utf8 {
namespace {

TEST(Utf8, ValidatesWellFormedText) {
  EXPECT_TRUE(is_valid("US-Außenminister „Grom“ Зеленський 😀"));
  EXPECT_FALSE(is_valid("abc\xff"));
  EXPECT_FALSE(is_valid("\xc3"));              // truncated
  EXPECT_FALSE(is_valid("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(is_valid("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(is_valid("\xf4\x90\x80\x80"));  // above U+10FFFF
}

TEST(Utf8, RepairsWithReplacementCharacterAndReportsOffsets) {
  std::vector<size_t> bad;
  EXPECT_EQ(repair("Kiew\xff und\xc3 Kyjiw", &bad), "Kiew\xEF\xBF\xBD und\xEF\xBF\xBD Kyjiw");
  ASSERT_EQ(bad.size(), 2u);
  EXPECT_EQ(bad[0], 4u);
  EXPECT_EQ(bad[1], 9u);
  // A truncated 3-byte sequence is one maximal subpart: one replacement, not two.
  bad.clear();
  EXPECT_EQ(repair("a\xe2\x80z", &bad), "a\xEF\xBF\xBDz");
  EXPECT_EQ(bad.size(), 1u);
}

TEST(Utf8, ConvertsByteOffsetsToCodePointOffsets) {
  std::string text = "Außenminister Kuleba: „Grom“";
  for (int i = 0; i < 5; ++i) text += text;  // cross several index blocks
  CodePointIndex index(text);
  size_t cps = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      EXPECT_EQ(index(static_cast<uint32_t>(i)), cps) << "byte " << i;
      if (i < text.size()) ++cps;
    }
  }
  EXPECT_EQ(count_code_points(text), cps);
}

}  // namespace
}  // namespace lagebild::utf8
