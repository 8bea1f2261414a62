// DocumentDater: multiplies the likelihoods of the evidence sources over the month grid and
// reads the date, its interval, its confidence and its reasons off the posterior.
#include <lagebild/dating.h>

#include <algorithm>
#include <cmath>

#include "core/paths.h"
#include "time/date_model.h"
#include "time/dating_calendar.h"
#include "time/dating_cues.h"
#include "time/dating_durations.h"
#include "time/dating_evidence.h"
#include "time/dating_offices.h"
#include "time/dating_tokens.h"
#include "time/dating_vocabulary.h"

namespace lagebild {

using namespace dating;

class DocumentDater::Impl {
 public:
  Impl(std::shared_ptr<const DatingModel> model, Options options)
      : model_(std::move(model)), options_(std::move(options)) {
    if (options_.use_durations)
      events_ = AnchorEvents::load(options_.events_path.empty() ? data_path("kb/events.tsv")
                                                                : options_.events_path);
    if (options_.use_offices)
      offices_ = OfficeTenures::load(options_.kb_dir.empty() ? data_path("kb") : options_.kb_dir);
  }

  DocumentDate infer(const Document& doc) const;
  const Options& options() const { return options_; }

 private:
  std::shared_ptr<const DatingModel> model_;
  Options options_;
  std::shared_ptr<const AnchorEvents> events_;
  std::shared_ptr<const OfficeTenures> offices_;
  const DatingModel::Tables default_tables_ = default_offset_tables();
};

DocumentDate DocumentDater::Impl::infer(const Document& doc) const {
  const auto tokens = tokenize_for_dating(doc.text);
  const auto cues = find_date_cues(tokens);
  std::vector<EvidenceItem> items;
  const DatingModel::Tables& tables = model_ ? model_->tables : default_tables_;
  if (options_.use_explicit_dates) explicit_date_evidence(doc, cues, tables, items);
  if (options_.use_weekdays) weekday_evidence(doc, cues, items);
  if (options_.use_durations) duration_evidence(doc, tokens, cues, events_.get(), items);
  if (options_.use_offices && offices_) offices_->evidence(doc, tokens, items);
  if (options_.use_vocabulary && model_) vocabulary_evidence(doc, tokens, *model_, items);

  // Posterior ∝ Π likelihoods, in logs; each likelihood is scaled to a maximum of 1 first.
  std::vector<double> log_post(static_cast<size_t>(kGridMonths), 0.0);
  for (const auto& e : items) {
    const double top = *std::max_element(e.likelihood.begin(), e.likelihood.end());
    for (int m = 0; m < kGridMonths; ++m)
      log_post[static_cast<size_t>(m)] +=
          std::log(std::max(1e-300, e.likelihood[static_cast<size_t>(m)] / top));
  }
  // Ties (a flat stretch, as "in office from 2024-09" with nothing else gives) go to the
  // earliest month: the first month the evidence allows is the least committal guess about how
  // long after it the article was written.
  int best = 0;
  for (int m = 0; m < kGridMonths; ++m)
    if (log_post[static_cast<size_t>(m)] > log_post[static_cast<size_t>(best)] + 1e-9) best = m;
  std::vector<double> post(static_cast<size_t>(kGridMonths));
  double sum = 0;
  for (int m = 0; m < kGridMonths; ++m)
    sum += post[static_cast<size_t>(m)] =
        std::exp(log_post[static_cast<size_t>(m)] - log_post[static_cast<size_t>(best)]);
  for (double& p : post) p /= sum;

  DocumentDate date;
  date.origin = DocumentDate::Origin::kInferred;
  date.confidence = post[static_cast<size_t>(best)];
  date.value = format_month(best);
  // A day only when an explicit full date falls in the chosen month and the month is sure.
  if (const DateCue* c = latest_dated_cue(cues);
      c != nullptr && c->day > 0 && month_index(c->year, c->month) == best &&
      date.confidence >= options_.day_confidence && options_.use_explicit_dates) {
    date.value = format_day(c->year, c->month, c->day);
  }

  // Shortest run of months around the maximum holding interval_mass of the posterior.
  int lo = best, hi = best;
  double mass = post[static_cast<size_t>(best)];
  while (mass < options_.interval_mass && (lo > 0 || hi < kGridMonths - 1)) {
    const double left = lo > 0 ? post[static_cast<size_t>(lo - 1)] : -1;
    const double right = hi < kGridMonths - 1 ? post[static_cast<size_t>(hi + 1)] : -1;
    if (right >= left) {
      mass += post[static_cast<size_t>(++hi)];
    } else {
      mass += post[static_cast<size_t>(--lo)];
    }
  }
  date.earliest = format_day_number(first_day(lo));
  date.latest = format_day_number(last_day(hi));

  // Evidence that supports the chosen month, strongest first: how much more likely it makes the
  // chosen month than the average month (at least 1.5 times, so that a reason shown is a reason).
  constexpr double kMinLift = 0.405;
  std::vector<std::pair<double, const EvidenceItem*>> support;
  for (const auto& e : items) {
    double avg = 0;
    for (double v : e.likelihood) avg += v;
    avg /= kGridMonths;
    const double lift = std::log(e.likelihood[static_cast<size_t>(best)] / avg);
    if (lift > kMinLift) support.emplace_back(lift, &e);
  }
  std::stable_sort(support.begin(), support.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [lift, e] : support) {
    if (static_cast<int>(date.evidence.size()) >= options_.max_evidence) break;
    date.evidence.push_back(DateEvidence{{e->span}, e->why});
  }
  std::sort(date.evidence.begin(), date.evidence.end(),
            [](const DateEvidence& a, const DateEvidence& b) { return a.begin < b.begin; });
  return date;
}

DocumentDater::DocumentDater(std::shared_ptr<const DatingModel> model)
    : DocumentDater(std::move(model), Options()) {}

DocumentDater::DocumentDater(std::shared_ptr<const DatingModel> model, Options options)
    : impl_(std::make_unique<Impl>(std::move(model), std::move(options))) {}

DocumentDater::~DocumentDater() = default;

DocumentDate DocumentDater::infer(const Document& doc) const {
  return impl_->infer(doc);
}

void DocumentDater::date(Document& doc) const {
  if (doc.date.origin == DocumentDate::Origin::kUnknown) doc.date = infer(doc);
}

const DocumentDater::Options& DocumentDater::options() const {
  return impl_->options();
}

}  // namespace lagebild
