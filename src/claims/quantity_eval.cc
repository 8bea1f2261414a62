#include "claims/quantity_eval.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "claims/words.h"
#include "lagebild/error.h"
#include "lagebild/text.h"

namespace lagebild::claims {
namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

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
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open gold file");
  std::vector<GoldItem> items;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    try {
      auto j = nlohmann::json::parse(line);
      GoldItem item;
      item.id = string_field(j, "id");
      item.text = string_field(j, "text");
      for (const auto& jq : j.at("quantities")) {
        GoldQuantity g;
        g.text = string_field(jq, "text");
        int occurrence = jq.value("occurrence", 1);
        size_t pos = std::string::npos, from = 0;
        for (int k = 0; k < occurrence; ++k) {
          pos = item.text.find(g.text, from);
          if (pos == std::string::npos) break;
          from = pos + 1;
        }
        if (g.text.empty() || pos == std::string::npos) {
          throw Error(Error::Code::kInvalidData, where, "quantity text not in item: " + g.text);
        }
        g.begin = static_cast<uint32_t>(pos);
        g.end = static_cast<uint32_t>(pos + g.text.size());
        g.value = jq.at("value").get<double>();
        if (jq.contains("upper") && !jq["upper"].is_null()) g.upper = jq["upper"].get<double>();
        g.unit = string_field(jq, "unit");
        g.approx = string_field(jq, "approx");
        g.counted = string_field(jq, "counted");
        g.source = string_field(jq, "source");
        item.quantities.push_back(std::move(g));
      }
      items.push_back(std::move(item));
    } catch (const nlohmann::json::exception& e) {
      throw Error(Error::Code::kInvalidData, where, e.what());
    }
  }
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
