// The token scanner: one pass over the UTF-8 bytes of a paragraph, ASCII fast paths, ICU only to
// classify non-ASCII code points. It decides what a period belongs to (an abbreviation, an
// ordinal, a URL, or the sentence) because that needs the characters around it; the sentence
// splitter then works on tokens alone.
#ifndef LAGEBILD_TEXT_TOKENIZER_H_
#define LAGEBILD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "lagebild/document.h"
#include "text/segmenter_lexicon.h"

namespace lagebild::text {

// Appends the tokens of text[range] to `tokens` and, in step, each token's abbreviation class
// to `classes` (kNone for tokens that are not abbreviations). The range should be one paragraph:
// lookahead (is "2." before a month name?) stops at its end.
void tokenize(std::string_view text, Span range, const SegmenterLexicon& lexicon,
              std::vector<Token>& tokens, std::vector<AbbreviationClass>& classes);

}  // namespace lagebild::text

#endif  // LAGEBILD_TEXT_TOKENIZER_H_
