// The tagger's own light tokenizer: words, numbers and punctuation with byte offsets, a lower-cased
// copy of the text for case-insensitive lookups, and sentence numbers for the tense heuristics.
//
// Why not the text layer's tokens? The tagger must work on text alone (the pipeline may skip
// segmentation), and it needs number shapes the general tokenizer has no reason to keep together:
// "1.9.39", "5.9.", "23.30", "2025-09-05", "1930er-Jahren", "154-tägiger".
#ifndef LAGEBILD_TIME_TIMEX_SCANNER_H_
#define LAGEBILD_TIME_TIMEX_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::timex {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

struct Tok {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;  // running sentence number (ends at . ! ? before a space, and newlines)
  TokKind kind = TokKind::kWord;
  bool starts_with_digit = false;  // numbers and "1990er", "154-tägiger"
};

struct Scan {
  std::string lower;  // the text lower-cased byte for byte (ASCII and Ä Ö Ü: same lengths)
  std::vector<Tok> toks;
  std::string_view low(const Tok& t) const {
    return std::string_view(lower).substr(t.begin, t.end - t.begin);
  }
};

// Splits `text` (UTF-8) into tokens. Numbers keep internal dots, colons and commas between digits
// ("5.9.2025", "4:45", "2,5"), a trailing dot after one or two digits ("2." ordinal, "5.9."), an
// ISO date's hyphens and letters glued after them ("1990er"). Words keep inner hyphens.
void scan(std::string_view text, Scan& out);

// Lower-cases ASCII and the German umlauts in place (same byte length; enough for lexicon keys).
void lower_german(std::string& s);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_TIMEX_SCANNER_H_
