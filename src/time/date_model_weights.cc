#include "time/date_model_weights.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "time/dating_calendar.h"

namespace lagebild::dating {
namespace {

// Weights tried for each source; 0 switches a source off.
constexpr double kCandidates[] = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.4, 2.0, 3.0, 5.0};
// A true month given less than this probability costs no more than this: one hopeless article
// should not decide a weight.
constexpr double kMinProbability = 1e-4;

struct Fit {
  double log_likelihood = 0;
  double year = 0, month = 0;
};

Fit evaluate(const std::vector<FitCase>& cases, const SourceWeights& w) {
  Fit fit;
  MonthVector log_post(static_cast<size_t>(kGridMonths));
  for (const auto& c : cases) {
    std::fill(log_post.begin(), log_post.end(), 0.0);
    for (size_t s = 0; s < c.by_source.size(); ++s) {
      if (c.by_source[s].empty() || w[s] == 0) continue;
      for (size_t m = 0; m < log_post.size(); ++m) log_post[m] += w[s] * c.by_source[s][m];
    }
    int best = 0;
    const MonthVector post = normalise_posterior(log_post, best);
    fit.log_likelihood += std::log(std::max(kMinProbability, post[static_cast<size_t>(c.truth)]));
    fit.year += year_of(best) == year_of(c.truth);
    fit.month += best == c.truth;
  }
  const double n = std::max<double>(1, static_cast<double>(cases.size()));
  fit.log_likelihood /= n;
  fit.year /= n;
  fit.month /= n;
  return fit;
}

std::string describe(const SourceWeights& w) {
  std::string out;
  for (int s = 0; s < kSourceCount; ++s)
    out += fmt::format("{}{}={:g}", out.empty() ? "" : " ", source_name(static_cast<Source>(s)),
                       w[static_cast<size_t>(s)]);
  return out;
}

}  // namespace

FitCase make_fit_case(const std::vector<EvidenceItem>& items, int truth) {
  FitCase c;
  c.truth = truth;
  c.by_source.resize(static_cast<size_t>(kSourceCount));
  for (const auto& e : items) {
    SourceWeights one{};
    one[static_cast<size_t>(e.source)] = 1.0f;
    const MonthVector lp = log_posterior({e}, one);
    auto& v = c.by_source[static_cast<size_t>(e.source)];
    if (v.empty()) v.assign(lp.size(), 0.0);
    for (size_t m = 0; m < lp.size(); ++m) v[m] += lp[m];
  }
  return c;
}

SourceWeights fit_source_weights(const std::vector<FitCase>& cases,
                                 const std::function<void(const std::string&)>& log) {
  SourceWeights w;
  w.fill(1.0f);
  Fit current = evaluate(cases, w);
  log(fmt::format("weights start: {} → mean log p {:.3f}, year {:.3f}, month {:.3f}", describe(w),
                  current.log_likelihood, current.year, current.month));
  for (int round = 0; round < 3; ++round) {
    for (int s = 0; s < kSourceCount; ++s) {
      for (double candidate : kCandidates) {
        SourceWeights trial = w;
        trial[static_cast<size_t>(s)] = static_cast<float>(candidate);
        const Fit f = evaluate(cases, trial);
        if (f.log_likelihood > current.log_likelihood + 1e-9) {
          current = f;
          w = trial;
        }
      }
    }
    log(fmt::format("weights round {}: {} → mean log p {:.3f}, year {:.3f}, month {:.3f}",
                    round + 1, describe(w), current.log_likelihood, current.year, current.month));
  }
  return w;
}

std::shared_ptr<DatingModel> train_and_fit(
    const std::vector<const DatedArticle*>& train,
    const std::vector<std::vector<const DatedArticle*>>& folds, const DatingTrainOptions& options,
    const std::string& training_data, const std::function<void(const std::string&)>& log) {
  std::vector<FitCase> cases;
  for (size_t k = 0; k < folds.size(); ++k) {
    std::unordered_set<const DatedArticle*> held(folds[k].begin(), folds[k].end());
    std::vector<const DatedArticle*> rest;
    for (const DatedArticle* a : train)
      if (!held.count(a)) rest.push_back(a);
    log(fmt::format("fold {}: training on {} articles, collecting evidence on {}", k + 1,
                    rest.size(), folds[k].size()));
    auto model = train_dating_model(rest, options, training_data, [](const std::string&) {});
    EvidenceCollector collector(model, DocumentDater::Options());
    for (const DatedArticle* a : folds[k]) {
      Document doc;
      doc.id = a->id;
      doc.text = a->text;
      cases.push_back(make_fit_case(collector.collect(doc), month_index(a->year, a->month)));
    }
  }
  auto model = train_dating_model(train, options, training_data, log);
  if (!cases.empty()) model->source_weights = fit_source_weights(cases, log);
  return model;
}

}  // namespace lagebild::dating
