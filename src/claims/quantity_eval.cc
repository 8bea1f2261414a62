#include "claims/quantity_eval.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "claims/gold_lines.h"
#include "claims/words.h"
#include "lagebild/error.h"
#include "lagebild/text.h"

namespace lagebild::claims {
namespace {

bool same_value(double a, double b) {
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

bool value_matches(const Quantity& p, const GoldQuantity& g) {
  if (!same_value(p.value, g.value)) return false;
  if (p.upper.has_value() != g.upper.has_value()) return false;
  return !g.upper || same_value(*p.upper, *g.upper);
}

bool source_matches(const std::string& predicted, const std::string& gold) {
  if (gold.empty() || predicted.empty()) return gold.empty() && predicted.empty();
  return fold_case(predicted).find(fold_case(gold)) != std::string::npos;
}

std::string describe(const Quantity& q, const std::string& text) {
  std::string s =
      "'" + text.substr(q.begin, q.end - q.begin) + "' value=" + std::to_string(q.value);
  if (q.upper) s += " upper=" + std::to_string(*q.upper);
  return s + " unit=" + q.unit + " approx=" + q.approx + " counted='" + q.counted + "' source='" +
         q.source + "'";
}

}  // namespace

double QuantityScores::precision(bool exact_match) const {
  return predicted == 0 ? 0.0 : double(exact_match ? exact : overlap) / double(predicted);
}
double QuantityScores::recall(bool exact_match) const {
  return gold == 0 ? 0.0 : double(exact_match ? exact : overlap) / double(gold);
}
double QuantityScores::f1(bool exact_match) const {
  double p = precision(exact_match), r = recall(exact_match);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::vector<GoldItem> read_quantity_gold(const std::string& path) {
  std::vector<GoldItem> items;
  for_each_gold_line(path, [&](const nlohmann::json& j, const std::string& where) {
    GoldItem item;
    item.id = gold_string(j, "id");
    item.text = gold_string(j, "text");
    for (const auto& jq : j.at("quantities")) {
      GoldQuantity g;
      g.text = gold_string(jq, "text");
      static_cast<Span&>(g) =
          gold_span(item.text, g.text, jq.value("occurrence", 1), where, "quantity text");
      g.value = jq.at("value").get<double>();
      if (jq.contains("upper") && !jq["upper"].is_null()) g.upper = jq["upper"].get<double>();
      g.unit = gold_string(jq, "unit");
      g.approx = gold_string(jq, "approx");
      g.counted = gold_string(jq, "counted");
      g.source = gold_string(jq, "source");
      item.quantities.push_back(std::move(g));
    }
    items.push_back(std::move(item));
  });
  return items;
}

QuantityScores score_quantities(const std::vector<GoldItem>& gold, const ClaimLexicons& lexicons,
                                std::vector<std::string>* report) {
  QuantityScores s;
  auto note = [&](const std::string& id, const std::string& what) {
    if (report != nullptr) report->push_back(id + " " + what);
  };
  for (const auto& item : gold) {
    Document doc;
    doc.id = item.id;
    doc.text = item.text;
    segment(doc);
    extract_quantities(doc, lexicons);
    ++s.items;
    s.gold += item.quantities.size();
    s.predicted += doc.quantities.size();

    std::vector<int> pred_of_gold(item.quantities.size(), -1);
    std::vector<bool> pred_used(doc.quantities.size(), false);
    for (int pass = 0; pass < 2; ++pass) {  // exact matches first, then overlaps
      for (size_t g = 0; g < item.quantities.size(); ++g) {
        if (pred_of_gold[g] >= 0) continue;
        for (size_t p = 0; p < doc.quantities.size(); ++p) {
          if (pred_used[p]) continue;
          const Span& ps = doc.quantities[p];
          const Span& gs = item.quantities[g];
          if (pass == 0 ? ps == gs : ps.overlaps(gs)) {
            pred_of_gold[g] = static_cast<int>(p);
            pred_used[p] = true;
            if (pass == 0) ++s.exact;
            ++s.overlap;
            break;
          }
        }
      }
    }
    for (size_t g = 0; g < item.quantities.size(); ++g) {
      const GoldQuantity& gq = item.quantities[g];
      if (pred_of_gold[g] < 0) {
        note(item.id, "missed: '" + gq.text + "'");
        continue;
      }
      const Quantity& pq = doc.quantities[static_cast<size_t>(pred_of_gold[g])];
      const std::string got = describe(pq, doc.text);
      if (!(pq == static_cast<const Span&>(gq)))
        note(item.id, "extent: gold '" + gq.text + "' got " + got);
      if (value_matches(pq, gq))
        ++s.value_ok;
      else
        note(item.id, "value: gold " + std::to_string(gq.value) + " got " + got);
      if (pq.unit == gq.unit)
        ++s.unit_ok;
      else
        note(item.id, "unit: gold '" + gq.unit + "' got " + got);
      if (pq.approx == gq.approx)
        ++s.approx_ok;
      else
        note(item.id, "approx: gold '" + gq.approx + "' got " + got);
      if (fold_case(pq.counted) == fold_case(gq.counted))
        ++s.counted_ok;
      else
        note(item.id, "counted: gold '" + gq.counted + "' got " + got);
      if (source_matches(pq.source, gq.source))
        ++s.source_ok;
      else
        note(item.id, "source: gold '" + gq.source + "' got " + got);
    }
    for (size_t p = 0; p < doc.quantities.size(); ++p) {
      if (!pred_used[p]) note(item.id, "spurious: " + describe(doc.quantities[p], doc.text));
    }
  }
  return s;
}

}  // namespace lagebild::claims
