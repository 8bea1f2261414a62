// A sentence as the claims stage sees it: its tokens with a lower-case form and the flags the
// quantity and attribution rules ask about again and again.
#ifndef LAGEBILD_CLAIMS_WORDS_H_
#define LAGEBILD_CLAIMS_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lagebild/document.h"

namespace lagebild::claims {

// Lower-cases ASCII letters and Ä Ö Ü; other bytes are copied. The word lists hold only such
// letters, so this is all the claims stage needs, and it is much cheaper than full case mapping.
std::string fold_case(std::string_view s);

// fold_case into a buffer the caller reuses (no allocation once it is large enough).
void fold_case_into(std::string_view s, std::string& out);

// True when `s` starts with an upper-case letter (ASCII or Ä Ö Ü).
bool starts_upper(std::string_view s);

struct Word {
  Span span;
  TokenKind kind = TokenKind::kWord;
  std::string_view text;
  std::string lower;
  bool upper = false;       // starts with a capital letter
  bool in_quote = false;    // inside quotation marks (the quote marks themselves are not)
  bool quote_mark = false;  // „ “ ” " » « (a quotation mark token)
};

// Quotation-mark state at a point of the text; carried from one sentence to the next.
struct QuoteState {
  bool open = false;
};

// The words of `sentence`, in order. `quotes` is the state before the sentence and is updated.
std::vector<Word> sentence_words(const Document& doc, const Sentence& sentence, QuoteState& quotes);

// Advances `quotes` over a sentence without building its words (for stages that look at most
// sentences only briefly).
void skip_sentence(const Document& doc, const Sentence& sentence, QuoteState& quotes);

// Convenience: true when word i exists and its lower form equals `lower`.
inline bool word_is(const std::vector<Word>& w, size_t i, std::string_view lower) {
  return i < w.size() && w[i].lower == lower;
}

// Joins the text of words [first, last] (inclusive) as it stands in the document.
std::string_view words_text(const Document& doc, const std::vector<Word>& w, size_t first,
                            size_t last);

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_WORDS_H_
