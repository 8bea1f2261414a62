// TimexTagger::tag: one left-to-right pass over the tagger's tokens. At each token the first-token
// index names the rules that can start there; their matches are tried longest first, and the first
// one its normaliser accepts is emitted. Narrative state (the last mentioned date) moves along
// with the pass, so every relative expression sees the dates before it.
#include <algorithm>

#include "lagebild/timex.h"
#include "time/event_anchors.h"
#include "time/timex_matcher.h"
#include "time/timex_resolve.h"
#include "time/timex_rules_impl.h"
#include "time/timex_scanner.h"

namespace lagebild {

ReferenceDate ReferenceDate::parse(const std::string& iso) {
  timex::PartialDate p;
  ReferenceDate r;
  if (!timex::parse_date_value(iso, p) || p.bc) return r;
  r.year = p.year;
  r.month = p.month;
  r.day = p.month != 0 ? p.day : 0;
  if (r.day > 0 && r.day > timex::days_in_month(r.year, r.month)) r.day = 0;
  return r;
}

TimexTagger::TimexTagger(std::shared_ptr<const TimexRules> rules, TimexOptions options)
    : rules_(std::move(rules)), options_(options) {}

namespace {

void run_pass(const TimexRules::Impl& rules, const std::string& text, const timex::Scan& scan,
              timex::ResolveState& state, std::vector<Timex>& out) {
  std::vector<timex::Match> candidates;
  size_t i = 0;
  while (i < scan.toks.size()) {
    timex::match_at(rules, text, scan, i, candidates);
    size_t next = i + 1;
    for (const timex::Match& m : candidates) {
      if (timex::normalise(m, state, out)) {
        next = std::max<size_t>(m.tok_end, i + 1);
        break;
      }
    }
    i = next;
  }
}

// The first date with an explicit year the text names: the narrative's starting point when no
// reference is given (WikiWarsDE's document dates are download times, not story times).
timex::PartialDate first_absolute_date(const std::vector<Timex>& found) {
  for (const Timex& t : found) {
    if (t.type != "DATE" && t.type != "TIME") continue;
    timex::PartialDate p;
    if (timex::parse_date_value(t.value, p)) return p;
  }
  return {};
}

}  // namespace

void TimexTagger::tag(Document& doc, const ReferenceDate& reference) const {
  const TimexRules::Impl& rules = rules_->impl();
  timex::Scan scan;
  timex::scan(doc.text, scan);
  timex::ResolveState state(rules, scan, doc.text);
  state.mode = options_.mode;
  state.reference = timex::PartialDate{reference.year, reference.year ? reference.month : 0,
                                       reference.year && reference.month ? reference.day : 0};
  state.narrative = state.reference;
  std::vector<Timex> found;
  if (options_.mode == TimexMode::kNarrative && reference.year == 0) {
    // Two passes: the first only finds where the story starts.
    run_pass(rules, doc.text, scan, state, found);
    state.narrative = first_absolute_date(found);
    state.reference = state.narrative;
    state.tense_cache.clear();
    found.clear();
  }
  run_pass(rules, doc.text, scan, state, found);

  const size_t first = doc.timexes.size();
  doc.timexes.insert(doc.timexes.end(), found.begin(), found.end());
  if (options_.anchor_durations && !rules.events.events.empty()) {
    timex::anchor_durations(rules.events, scan, doc, first, options_.anchor_window_tokens);
  }
  std::stable_sort(doc.timexes.begin(), doc.timexes.end(),
                   [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
}

}  // namespace lagebild
