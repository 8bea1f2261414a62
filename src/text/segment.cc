// segment(): paragraphs, then per paragraph tokens and sentences.
#include "lagebild/text.h"
#include "text/paragraph_splitter.h"
#include "text/segmenter_lexicon.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace lagebild {

void segment(Document& doc, const SegmenterOptions& options) {
  const text::SegmenterLexicon& lexicon = text::SegmenterLexicon::instance();
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  // About one token per 6.5 bytes and one sentence per 130 in German news: reserve once.
  doc.tokens.reserve(doc.text.size() / 5 + 8);
  doc.sentences.reserve(doc.text.size() / 100 + 4);
  text::split_paragraphs(doc.text, options, lexicon, doc.paragraphs);
  std::vector<text::AbbreviationClass> classes;
  classes.reserve(doc.tokens.capacity());
  for (const Paragraph& paragraph : doc.paragraphs) {
    const auto first = static_cast<uint32_t>(doc.tokens.size());
    text::tokenize(doc.text, paragraph, lexicon, doc.tokens, classes);
    const auto end = static_cast<uint32_t>(doc.tokens.size());
    text::split_sentences(doc.text, doc.tokens, classes, first, end, options, lexicon,
                          doc.sentences);
  }
}

}  // namespace lagebild
