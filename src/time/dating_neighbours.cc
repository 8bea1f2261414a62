#include "time/dating_neighbours.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "time/dating_calendar.h"

namespace lagebild::dating {
namespace {

// A neighbour at cosine 0.3 makes its month about ten times as likely as a month no neighbour
// names; at 0.1, twice.
constexpr double kVoteScale = 100.0;
constexpr int kKernelRadius = 3;

}  // namespace

MonthVector neighbour_likelihood(const std::vector<std::pair<float, int>>& votes) {
  MonthVector v(static_cast<size_t>(kGridMonths), 1.0);
  for (const auto& [cosine, month] : votes) {
    const double strength = kVoteScale * cosine * cosine;
    for (int k = -kKernelRadius; k <= kKernelRadius; ++k)
      if (on_grid(month + k))
        v[static_cast<size_t>(month + k)] += strength * std::exp(-0.5 * k * k);
  }
  return v;
}

void neighbour_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                        const std::vector<uint32_t>& ids, const DatingModel& model,
                        std::vector<EvidenceItem>& out) {
  const auto nearest = model.nearest(ids, kNeighbourCount);
  if (nearest.empty()) return;
  std::vector<std::pair<float, int>> votes;
  for (const auto& [cosine, n] : nearest) votes.emplace_back(cosine, model.neighbour_month[n]);
  EvidenceItem e;
  e.source = Source::kNeighbours;
  e.likelihood = neighbour_likelihood(votes);
  // The span: the word that the closest neighbour shares most strongly.
  const uint32_t top = nearest.front().second;
  uint32_t best_term = 0;
  float best_weight = -1;
  for (uint32_t k = model.neighbour_start[top]; k < model.neighbour_start[top + 1]; ++k) {
    const uint32_t t = model.neighbour_terms[k];
    if (model.neighbour_weights[k] * model.idf[t] > best_weight &&
        std::find(ids.begin(), ids.end(), t) != ids.end()) {
      best_weight = model.neighbour_weights[k] * model.idf[t];
      best_term = t;
    }
  }
  std::string word;
  for (const auto& t : tokens) {
    if (best_weight < 0) break;
    auto it = model.vocabulary.find(t.kind == DatingToken::Kind::kNumber ? "y" + t.lower : t.lower);
    if (it == model.vocabulary.end() || it->second != best_term) continue;
    e.span = Span{t.begin, t.end};
    word = std::string(doc.slice(e.span));
    break;
  }
  int agree = 0;
  for (const auto& v : votes) agree += std::abs(v.second - votes.front().second) <= 1;
  e.why = fmt::format(
      "similar dated articles: the closest (cosine {:.2f}, sharing '{}') is from {}; {} of the {} "
      "closest within a month of it",
      nearest.front().first, word, format_month(votes.front().second), agree, votes.size());
  out.push_back(std::move(e));
}

}  // namespace lagebild::dating
