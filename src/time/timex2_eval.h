// Scoring the tagger against TIMEX2 gold (WikiWarsDE, ACE/TERN inline format), TERN/TempEval
// style: extent precision, recall and F1, strict (same span) and lenient (overlap), and value
// accuracy over the lenient-matched pairs.
#ifndef LAGEBILD_TIME_TIMEX2_EVAL_H_
#define LAGEBILD_TIME_TIMEX2_EVAL_H_

#include <string>
#include <vector>

#include "lagebild/document.h"
#include "lagebild/timex.h"

namespace lagebild::timex {

struct GoldTimex {
  uint32_t begin = 0;  // byte offsets into the document text
  uint32_t end = 0;
  std::string value;
  std::string mod;
};

struct GoldDocument {
  std::string id;
  std::string text;  // the content of <TEXT>, tags removed
  std::vector<GoldTimex> timexes;
};

// Reads one keyinline/*.key.xml file: the text between <TEXT> and </TEXT> with its inline
// <TIMEX2 val=.. mod=..> elements. The DATETIME timex (the download time) is outside <TEXT> and
// not part of the gold. Throws lagebild::Error on a malformed file.
GoldDocument read_timex2_inline(const std::string& path);

struct TimexCounts {
  int gold = 0, system = 0;
  int strict = 0;         // pairs with the same span
  int lenient = 0;        // pairs that overlap (one-to-one)
  int value_correct = 0;  // lenient pairs whose normalised values agree
  void add(const TimexCounts& o);
  double strict_p() const { return system ? double(strict) / system : 0; }
  double strict_r() const { return gold ? double(strict) / gold : 0; }
  double lenient_p() const { return system ? double(lenient) / system : 0; }
  double lenient_r() const { return gold ? double(lenient) / gold : 0; }
  double value_accuracy() const { return lenient ? double(value_correct) / lenient : 0; }
};
double f1(double p, double r);

// A mismatch for the error listing of `eval timex --errors`.
struct TimexError {
  std::string kind;  // "missed", "spurious", "value", "extent"
  std::string gold_text, gold_value, system_text, system_value;
};

// Pairs system and gold expressions one to one (strict pairs first, then the largest overlap)
// and counts. Values are compared after normalise_timex2_value on both sides.
TimexCounts score_document(const GoldDocument& gold, const std::vector<Timex>& system,
                           std::vector<TimexError>* errors = nullptr);

// Where TIMEX2 (2005 guidelines) and our TIMEX3 differ in writing the same thing:
//   - a week-long duration: P1W and P7D are the same value (TIMEX2 annotators used both);
//   - TIMEX2 writes a set's value like a duration (val="P1D" set="YES"), as we do;
//   - TIMEX2 decades are "199", centuries "19", as ours; BC years "BC0481", as ours;
//   - trailing ":00" seconds and an explicit "T00:00" are dropped.
std::string normalise_timex2_value(const std::string& value);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_TIMEX2_EVAL_H_
