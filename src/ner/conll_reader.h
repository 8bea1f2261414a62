// Reads token/label files in the two layouts GermEval 2014 data comes in:
//   - the original shared-task TSV: `INDEX<TAB>TOKEN<TAB>OUTER<TAB>INNER`, sentences preceded by
//     `#<TAB>source [date]` comment lines and separated by blank lines;
//   - a two-column CoNLL file: `TOKEN<SPACE or TAB>LABEL`, blank line between sentences
//     (the BIOES conversion in ../shared/data/germeval2014/train_bioes.txt).
// Every input line is kept verbatim so that `tag-ner` can print it back unchanged.
#ifndef LAGEBILD_NER_CONLL_READER_H_
#define LAGEBILD_NER_CONLL_READER_H_

#include <istream>
#include <string>
#include <vector>

namespace lagebild::ner {

struct ConllLine {
  enum class Kind : uint8_t { kToken, kComment, kBlank };
  Kind kind = Kind::kBlank;
  std::string text;   // the line as read, without its newline
  std::string token;  // kToken only
  std::string label;  // gold label of the outer layer as written ("B-LOCderiv", "S-ORGPART"), or ""
};

struct ConllSentence {
  std::vector<ConllLine> lines;     // comments, token lines and the closing blank line, in order
  std::vector<std::string> tokens;  // the token lines' tokens
  std::vector<std::string> labels;  // their gold labels ("" when the file has none)
};

// Reads the whole stream. `where` (a file name) is used in error messages. Throws lagebild::Error
// (kInvalidInput, "FILE:LINE") on a token line with no token.
std::vector<ConllSentence> read_conll(std::istream& in, const std::string& where);

// Opens and reads `path`; throws lagebild::Error (kNotFound) naming the file if it cannot.
std::vector<ConllSentence> read_conll_file(const std::string& path);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_CONLL_READER_H_
