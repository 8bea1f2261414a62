// Paragraph detection: blank lines, and single newlines after headline-like lines or sentence
// ends (SegmenterOptions documents the rule).
#ifndef LAGEBILD_TEXT_PARAGRAPH_SPLITTER_H_
#define LAGEBILD_TEXT_PARAGRAPH_SPLITTER_H_

#include <string_view>
#include <vector>

#include "lagebild/document.h"
#include "lagebild/text.h"
#include "text/segmenter_lexicon.h"

namespace lagebild::text {

// Appends the paragraphs of `text` to `paragraphs`, each trimmed of surrounding white space.
void split_paragraphs(std::string_view text, const SegmenterOptions& options,
                      const SegmenterLexicon& lexicon, std::vector<Paragraph>& paragraphs);

// True when `line` (trimmed) ends with an agency tag such as "(dpa)" or "(dpa/AFP)". Sets
// `tag_begin` to the offset of its "(" in `line`.
bool ends_with_agency_tag(std::string_view line, const SegmenterLexicon& lexicon,
                          size_t& tag_begin);

}  // namespace lagebild::text

#endif  // LAGEBILD_TEXT_PARAGRAPH_SPLITTER_H_
