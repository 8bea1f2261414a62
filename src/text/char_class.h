// Classifies the code points of UTF-8 text for the segmenter: a 128-entry table for ASCII, ICU's
// general category (u_charType) for everything else. No BreakIterator: the scanner decides.
#ifndef LAGEBILD_TEXT_CHAR_CLASS_H_
#define LAGEBILD_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lagebild::text {

enum class CharClass : uint8_t {
  kSpace,        // ASCII whitespace, Unicode spaces (NBSP, U+202F, ...), controls
  kNewline,      // '\n' (paragraph detection looks for it; elsewhere it is a space)
  kUpper,        // upper- or title-case letter
  kLower,        // lower-case letter
  kLetter,       // other letters (CJK, modifier letters) — neither case
  kDigit,        // decimal digit (any script)
  kMark,         // combining marks and format characters (ZWJ): continue the token before
  kHyphen,       // '-', U+2010, U+2011: joins compound parts
  kApostrophe,   // '\'' and U+2019: inside words (geht's, O’Brien), else a quote
  kPeriod,       // '.'
  kPunctuation,  // other punctuation: , ; : ! ? ( ) quotes dashes …
  kSymbol,       // % € $ § & emoji, U+FFFD, unassigned, and invalid bytes
};

struct CodePoint {
  char32_t cp = 0;
  uint8_t length = 1;  // bytes; 1 for an invalid byte
  CharClass cls = CharClass::kSymbol;
};

// Classifies a decoded code point.
CharClass classify(char32_t cp);

// The classes of the 128 ASCII code points (the scanner's fast path).
extern const std::array<CharClass, 128> kAsciiClass;

// char_at for a non-ASCII lead byte.
CodePoint char_at_slow(std::string_view text, size_t pos);

// Decodes and classifies the code point at text[pos] (pos < text.size()). An invalid byte is
// returned as one kSymbol byte with cp U+FFFD, so scanning always advances.
inline CodePoint char_at(std::string_view text, size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 128) return {byte, 1, kAsciiClass[byte]};
  return char_at_slow(text, pos);
}

inline bool is_letter(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter;
}
inline bool is_alnum(CharClass c) {
  return is_letter(c) || c == CharClass::kDigit;
}
inline bool is_space(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kNewline;
}

}  // namespace lagebild::text

#endif  // LAGEBILD_TEXT_CHAR_CLASS_H_
