// A small word scanner for the resolver: runs of letters and digits in Document::text, with
// inner apostrophes (O'Brien, Kramators’k). Hyphens separate words but are remembered, so that
// "Nato-Generalsekretär" is two words joined by a hyphen. Independent of the tokenizer, so the
// resolver works on documents that have no token layer.
#ifndef LAGEBILD_KB_WORDS_H_
#define LAGEBILD_KB_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::kb {

struct Word {
  uint32_t begin = 0, end = 0;  // byte offsets
  bool hyphen_before = false;   // joined to the previous word by a hyphen
  bool hyphen_after = false;    // joined to the next word by a hyphen
  bool upper = false;           // starts with an upper-case letter
};

std::vector<Word> scan_words(std::string_view text, uint32_t begin = 0, uint32_t end = UINT32_MAX);

// True when the first letter of `s` is upper case (Ä, Ł and Cyrillic included).
bool starts_upper(std::string_view s);

// The whole hyphenated compound around words[i]: [first word, last word] indexes.
std::pair<size_t, size_t> compound_of(const std::vector<Word>& words, size_t i);

}  // namespace lagebild::kb

#endif  // LAGEBILD_KB_WORDS_H_
