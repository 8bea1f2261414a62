#include "time/dating_vocabulary.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace lagebild::dating {
namespace {

// A 2 % uniform share: the vocabulary model is never certain enough to veto a dated sentence.
constexpr double kUniformShare = 0.02;

// Half the width (in months) of the shortest run of months holding 80 % of `v`.
int spread_months(const MonthVector& v) {
  double total = 0;
  for (double x : v) total += x;
  int best = static_cast<int>(v.size());
  for (size_t a = 0; a < v.size(); ++a) {
    double mass = 0;
    for (size_t b = a; b < v.size(); ++b) {
      mass += v[b];
      if (mass >= 0.8 * total) {
        best = std::min(best, static_cast<int>(b - a));
        break;
      }
    }
  }
  return (best + 1) / 2;
}

}  // namespace

MonthVector vocabulary_likelihood(const DatingModel& model, const std::vector<double>& posterior) {
  MonthVector v(static_cast<size_t>(kGridMonths), 0.0);
  const int first = model.first_class, last = model.first_class + model.num_classes - 1;
  double smallest = 1.0;
  for (double p : posterior) smallest = std::min(smallest, p);
  for (int m = 0; m < kGridMonths; ++m) {
    double p = 0;
    if (m < first) {
      p = smallest;
    } else if (m > last) {
      p = posterior.back() * std::pow(static_cast<double>(model.late_decay), m - last);
    } else {
      p = posterior[static_cast<size_t>(m - first)];
    }
    v[static_cast<size_t>(m)] = p;
  }
  double sum = 0;
  for (double p : v) sum += p;
  for (double& p : v) p = (1 - kUniformShare) * p / sum + kUniformShare / kGridMonths;
  return v;
}

void vocabulary_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                         const DatingModel& model, std::vector<EvidenceItem>& out) {
  if (!model.has_vocabulary()) return;
  std::vector<uint32_t> matched;
  const auto posterior = model.class_posterior(tokens, &matched);
  if (matched.empty()) return;
  EvidenceItem e;
  e.source = Source::kVocabulary;
  e.likelihood = vocabulary_likelihood(model, posterior);
  const int top =
      static_cast<int>(std::max_element(posterior.begin(), posterior.end()) - posterior.begin());
  // The words that pull hardest towards the top month, against the posterior-weighted average.
  std::vector<std::pair<double, uint32_t>> pull;
  for (uint32_t f : matched) {
    double avg = 0;
    for (int c = 0; c < model.num_classes; ++c)
      avg += posterior[static_cast<size_t>(c)] * model.weight(f, c);
    pull.emplace_back(model.weight(f, top) - avg, f);
  }
  std::sort(pull.begin(), pull.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  // The first token of each of the (up to) four strongest pulls, in one pass with one
  // vocabulary lookup per token (building the model's name table here would cost more than the
  // rest of the dating together).
  std::vector<uint32_t> top_features;
  for (size_t k = 0; k < pull.size() && k < 4 && pull[k].first > 0; ++k)
    top_features.push_back(pull[k].second);
  std::vector<const DatingToken*> first(top_features.size(), nullptr);
  for (const auto& t : tokens) {
    if (t.kind == DatingToken::Kind::kPunct || top_features.empty()) continue;
    auto it = model.vocabulary.find(t.kind == DatingToken::Kind::kNumber ? "y" + t.lower : t.lower);
    if (it == model.vocabulary.end()) continue;
    for (size_t j = 0; j < top_features.size(); ++j)
      if (top_features[j] == it->second && first[j] == nullptr) first[j] = &t;
  }
  std::string words;
  for (const DatingToken* t : first) {
    if (t == nullptr) continue;
    if (words.empty()) e.span = Span{t->begin, t->end};
    words += fmt::format("{}'{}'", words.empty() ? "" : ", ", doc.slice(Span{t->begin, t->end}));
  }
  e.why = fmt::format("vocabulary model: {} fit {} best (±{} months)",
                      words.empty() ? "the wording" : words, format_month(model.first_class + top),
                      spread_months(e.likelihood));
  out.push_back(std::move(e));
}

}  // namespace lagebild::dating
