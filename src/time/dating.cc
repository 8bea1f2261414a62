// DocumentDater: multiplies the likelihoods of the evidence sources over the month grid and
// reads the date, its interval, its confidence and its reasons off the posterior.
#include <lagebild/dating.h>

#include <algorithm>
#include <cmath>

#include "time/dating_calendar.h"
#include "time/dating_combine.h"
#include "time/dating_evidence.h"

namespace lagebild {

using namespace dating;

class DocumentDater::Impl {
 public:
  Impl(std::shared_ptr<const DatingModel> model, Options options)
      : options_(std::move(options)), collector_(std::move(model), options_) {}

  DocumentDate infer(const Document& doc) const;
  const Options& options() const { return options_; }

 private:
  Options options_;
  EvidenceCollector collector_;
};

DocumentDate DocumentDater::Impl::infer(const Document& doc) const {
  std::vector<DateCue> cues;
  const std::vector<EvidenceItem> items = collector_.collect(doc, &cues);
  // Posterior ∝ Π likelihood^weight (each scaled to a maximum of 1 first). Ties (a flat stretch,
  // as "in office from 2024-09" with nothing else gives) go to the earliest month: the first
  // month the evidence allows is the least committal guess about how long after it the article
  // was written.
  const SourceWeights weights = collector_.weights();
  int best = 0;
  const MonthVector post = normalise_posterior(log_posterior(items, weights), best);

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
    const double lift = weights[static_cast<size_t>(e.source)] *
                        std::log(e.likelihood[static_cast<size_t>(best)] / avg);
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
