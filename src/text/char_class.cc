#include "text/char_class.h"

#include <array>

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace lagebild::text {
namespace {

constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c < 32 || c == 127) k = CharClass::kSpace;  // controls, tab, CR: spaces
    if (c == '\n') k = CharClass::kNewline;
    if (c == ' ') k = CharClass::kSpace;
    if (c >= 'A' && c <= 'Z') k = CharClass::kUpper;
    if (c >= 'a' && c <= 'z') k = CharClass::kLower;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    if (c == '-') k = CharClass::kHyphen;
    if (c == '\'') k = CharClass::kApostrophe;
    if (c == '.') k = CharClass::kPeriod;
    for (char p : std::string_view(",;:!?()[]{}\"/\\*_")) {
      if (c == p) k = CharClass::kPunctuation;
    }
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}

}  // namespace

// Declared extern in the header, so this constexpr definition has external linkage.
constexpr std::array<CharClass, 128> kAsciiClass = make_ascii_table();

CharClass classify(char32_t cp) {
  if (cp < 128) return kAsciiClass[cp];
  switch (cp) {
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return CharClass::kHyphen;
    case 0x2019:  // right single quotation mark, the typographic apostrophe
      return CharClass::kApostrophe;
    case 0x00A7:  // section sign: Unicode calls it punctuation, German law texts use it as a sign
      return CharClass::kSymbol;
    case 0x0085:  // next line
    case 0x2028:  // line separator
    case 0x2029:  // paragraph separator
      return CharClass::kSpace;
    default:
      break;
  }
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return CharClass::kUpper;
    case U_LOWERCASE_LETTER:
      return CharClass::kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_FORMAT_CHAR:
      return CharClass::kMark;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunctuation;
    default:
      return CharClass::kSymbol;  // Sm Sc Sk So, No Nl, unassigned, private use, surrogates
  }
}

CodePoint char_at_slow(std::string_view text, size_t pos) {
  char32_t cp = 0;
  const size_t n = utf8::decode(text, pos, cp);
  if (n == 0) return {utf8::kReplacement, 1, CharClass::kSymbol};
  return {cp, static_cast<uint8_t>(n), classify(cp)};
}

}  // namespace lagebild::text
