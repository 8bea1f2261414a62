// Scoring the quantity stage against a gold set (data/gold/quantities/*.jsonl; the format is in
// data/gold/quantities/README.md). Used by `lagebild eval quantities` and by the tests.
#ifndef LAGEBILD_CLAIMS_QUANTITY_EVAL_H_
#define LAGEBILD_CLAIMS_QUANTITY_EVAL_H_

#include <optional>
#include <string>
#include <vector>

#include "lagebild/claims.h"
#include "lagebild/document.h"

namespace lagebild::claims {

struct GoldQuantity : Span {
  std::string text;
  double value = 0;
  std::optional<double> upper;
  std::string unit;
  std::string approx;
  std::string counted;
  std::string source;
};

struct GoldItem {
  std::string id;
  std::string text;
  std::vector<GoldQuantity> quantities;
};

// Reads a gold file; spans are found by searching each quantity's text in the item's text (the
// n-th occurrence when "occurrence": n is given). Throws Error naming FILE:LINE.
std::vector<GoldItem> read_quantity_gold(const std::string& path);

// Extent scores follow TempEval: exact (same span) and overlap (spans share a character), each
// with precision, recall and F1; pairs are matched one-to-one, exact matches first. Attribute
// accuracies are over overlap-matched pairs:
//   value   value and upper equal (relative tolerance 1e-6);
//   unit, approx, counted   equal strings (counted compared case-insensitively);
//   source  both empty, or the gold source found inside the predicted source text (gold names
//           the minimal source, "Vedant Patel"; the stage may give "Außenamtssprecher Vedant
//           Patel"). The eval runs without the entity layer, so sources are texts.
struct QuantityScores {
  size_t items = 0, gold = 0, predicted = 0;
  size_t exact = 0, overlap = 0;
  size_t value_ok = 0, unit_ok = 0, approx_ok = 0, counted_ok = 0, source_ok = 0;
  double precision(bool exact_match) const;
  double recall(bool exact_match) const;
  double f1(bool exact_match) const;
  double accuracy(size_t ok) const { return overlap == 0 ? 0.0 : double(ok) / double(overlap); }
};

// Segments each item's text, runs attribution and extract_quantities, and scores. When `report`
// is given, one line per error is appended ("d07 missed: fast 300", "d07 counted: ...").
QuantityScores score_quantities(const std::vector<GoldItem>& gold, const ClaimLexicons& lexicons,
                                std::vector<std::string>* report = nullptr);

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_QUANTITY_EVAL_H_
