#include "time/dating_combine.h"

#include <algorithm>
#include <cmath>

#include "core/paths.h"
#include "time/dating_calendar.h"
#include "time/dating_neighbours.h"
#include "time/dating_tokens.h"
#include "time/dating_vocabulary.h"

namespace lagebild::dating {

EvidenceCollector::EvidenceCollector(std::shared_ptr<const DatingModel> model,
                                     const DocumentDater::Options& options)
    : model_(std::move(model)), options_(options) {
  if (options_.use_durations)
    events_ = AnchorEvents::load(options_.events_path.empty() ? data_path("kb/events.tsv")
                                                              : options_.events_path);
  if (options_.use_offices)
    offices_ = OfficeTenures::load(options_.kb_dir.empty() ? data_path("kb") : options_.kb_dir);
}

SourceWeights EvidenceCollector::weights() const {
  if (model_) return model_->source_weights;
  SourceWeights w;
  w.fill(1.0f);
  return w;
}

std::vector<EvidenceItem> EvidenceCollector::collect(const Document& doc,
                                                     std::vector<DateCue>* cues_out) const {
  const auto tokens = tokenize_for_dating(doc.text);
  auto cues = find_date_cues(tokens);
  std::vector<EvidenceItem> items;
  const DatingModel::Tables& tables = model_ ? model_->tables : default_tables_;
  if (options_.use_explicit_dates) explicit_date_evidence(doc, cues, tables, items);
  if (options_.use_weekdays) weekday_evidence(doc, cues, items);
  if (options_.use_durations) duration_evidence(doc, tokens, cues, events_.get(), items);
  if (options_.use_offices && offices_) offices_->evidence(doc, tokens, items);
  if (model_ && (options_.use_vocabulary || options_.use_neighbours)) {
    const auto ids = model_->feature_ids(tokens);
    if (options_.use_vocabulary) vocabulary_evidence(doc, tokens, *model_, items);
    if (options_.use_neighbours) neighbour_evidence(doc, tokens, ids, *model_, items);
  }
  if (cues_out != nullptr) *cues_out = std::move(cues);
  return items;
}

MonthVector log_posterior(const std::vector<EvidenceItem>& items, const SourceWeights& weights) {
  MonthVector log_post(static_cast<size_t>(kGridMonths), 0.0);
  for (const auto& e : items) {
    const double w = weights[static_cast<size_t>(e.source)];
    if (w == 0) continue;
    const double top = *std::max_element(e.likelihood.begin(), e.likelihood.end());
    for (int m = 0; m < kGridMonths; ++m)
      log_post[static_cast<size_t>(m)] +=
          w * std::log(std::max(1e-300, e.likelihood[static_cast<size_t>(m)] / top));
  }
  return log_post;
}

MonthVector normalise_posterior(const MonthVector& log_post, int& best) {
  best = 0;
  for (int m = 0; m < kGridMonths; ++m)
    if (log_post[static_cast<size_t>(m)] > log_post[static_cast<size_t>(best)] + 1e-9) best = m;
  MonthVector post(static_cast<size_t>(kGridMonths));
  double sum = 0;
  for (int m = 0; m < kGridMonths; ++m)
    sum += post[static_cast<size_t>(m)] =
        std::exp(log_post[static_cast<size_t>(m)] - log_post[static_cast<size_t>(best)]);
  for (double& p : post) p /= sum;
  return post;
}

}  // namespace lagebild::dating
