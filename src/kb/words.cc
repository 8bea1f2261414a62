#include "kb/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lagebild::kb {
namespace {

bool is_word_char(UChar32 c) {
  if (c < 0x80) {  // most of the text: no ICU property lookup
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
bool is_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

}  // namespace

std::vector<Word> scan_words(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Word> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), end));
  int32_t i = static_cast<int32_t>(begin);
  bool pending_hyphen = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_word_char(c)) {
      pending_hyphen =
          is_hyphen(c) && !words.empty() && words.back().end == static_cast<uint32_t>(start);
      continue;
    }
    Word w;
    w.begin = static_cast<uint32_t>(start);
    w.upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
    w.hyphen_before = pending_hyphen;
    if (pending_hyphen) words.back().hyphen_after = true;
    pending_hyphen = false;
    int32_t word_end = i;
    while (i < length) {
      int32_t j = i;
      UChar32 d;
      U8_NEXT(s, j, length, d);
      if (is_word_char(d)) {
        i = word_end = j;
        continue;
      }
      if (is_apostrophe(d) && j < length) {  // inner apostrophe: a letter must follow
        int32_t k = j;
        UChar32 e;
        U8_NEXT(s, k, length, e);
        if (u_isalpha(e)) {
          i = word_end = k;
          continue;
        }
      }
      break;
    }
    w.end = static_cast<uint32_t>(word_end);
    words.push_back(w);
  }
  return words;
}

bool starts_upper(std::string_view str) {
  const auto* s = reinterpret_cast<const uint8_t*>(str.data());
  const int32_t length = static_cast<int32_t>(str.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

std::pair<size_t, size_t> compound_of(const std::vector<Word>& words, size_t i) {
  size_t first = i, last = i;
  while (first > 0 && words[first].hyphen_before) --first;
  while (last + 1 < words.size() && words[last].hyphen_after) ++last;
  return {first, last};
}

}  // namespace lagebild::kb
