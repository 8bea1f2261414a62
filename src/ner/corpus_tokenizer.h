// A small tokenizer for the unlabelled news corpora, close to GermEval 2014's tokenisation:
// punctuation and quotes become tokens of their own, hyphenated compounds ("US-Außenminister")
// and numbers ("10.000", "5.9.2025") stay whole, ordinals ("2.") and common abbreviations ("Dr.")
// keep their period. It only feeds word clusters and capitalisation counts, so it may be rough;
// the pipeline's own segmentation is lagebild::segment().
#ifndef LAGEBILD_NER_CORPUS_TOKENIZER_H_
#define LAGEBILD_NER_CORPUS_TOKENIZER_H_

#include <functional>
#include <string_view>

namespace lagebild::ner {

// Calls `on_token(token, sentence_initial)` for each token of `text` in order. A token is
// sentence-initial at the start of the text or of a paragraph, and after . ! ? or a colon.
void tokenize_corpus_text(std::string_view text,
                          const std::function<void(std::string_view, bool)>& on_token);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_CORPUS_TOKENIZER_H_
