// A small word/number tokenizer for document dating. The dater must work before and without the
// text layer (segmentation may not have run on an undated article), and the vocabulary model
// must see exactly the same tokens at training and at inference, so it keeps its own.
#ifndef LAGEBILD_TIME_DATING_TOKENS_H_
#define LAGEBILD_TIME_DATING_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::dating {

struct DatingToken {
  enum class Kind : uint8_t { kWord, kNumber, kPunct };
  uint32_t begin = 0;
  uint32_t end = 0;
  Kind kind = Kind::kWord;
  bool period_after = false;  // "2." in "am 2. Juli": a period right after a number
  bool capitalised = false;   // first letter upper case (German nouns and names)
  std::string lower;          // lower-cased text (ASCII and Latin-1 letters folded)
};

// Words: letters, with digits and inner hyphens ("G20", "Trump-Regierung"). Numbers: digits with
// inner periods or commas followed by a digit ("5.9.2025", "2.000", "36,9"). Punctuation: one
// character each. Space and symbols separate.
std::vector<DatingToken> tokenize_for_dating(std::string_view text);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATING_TOKENS_H_
