// Sentence boundaries from the tokens of one paragraph. The tokenizer has already decided which
// periods belong to abbreviations and ordinals; this decides, at each remaining . ! ? …, whether
// the next token starts a new sentence.
#ifndef LAGEBILD_TEXT_SENTENCE_SPLITTER_H_
#define LAGEBILD_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "lagebild/document.h"
#include "lagebild/text.h"
#include "text/segmenter_lexicon.h"

namespace lagebild::text {

// Appends the sentences made of tokens[first, end) — one paragraph — to `sentences`.
// `classes[i]` is the abbreviation class of tokens[i].
void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<AbbreviationClass>& classes, uint32_t first, uint32_t end,
                     const SegmenterOptions& options, const SegmenterLexicon& lexicon,
                     std::vector<Sentence>& sentences);

}  // namespace lagebild::text

#endif  // LAGEBILD_TEXT_SENTENCE_SPLITTER_H_
