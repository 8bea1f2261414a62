// Pipeline: the list of stages, in order. Each stage adds one line to analyze() and, if it has
// resources, one member to Resources, loaded in the constructor.
#include <lagebild/claims.h>
#include <lagebild/dating.h>
#include <lagebild/error.h>
#include <lagebild/events.h>
#include <lagebild/kb.h>
#include <lagebild/ner.h>
#include <lagebild/pipeline.h>
#include <lagebild/text.h>
#include <lagebild/timex.h>

#include <optional>

#include "core/paths.h"
#include "core/text_windows.h"

namespace lagebild {

// Everything the stages read, loaded once and never changed afterwards.
struct Pipeline::Resources {
  SegmenterOptions segmenter;
  bool full = true;  // false: segmentation only
  std::shared_ptr<const NerModel> ner;
  std::shared_ptr<const KnowledgeBase> kb;
  std::unique_ptr<TimexTagger> timex;
  std::unique_ptr<DocumentDater> dater;
  std::unique_ptr<ClaimLexicons> claims;
  std::unique_ptr<EventLexicons> events;

  static std::unique_ptr<Resources> load(const PipelineOptions& options);
};

namespace {

// The tagger's word-type cache (ner/sequence_labeler.h) only pays off across documents: a fresh
// tagger per document spent more time clearing its cache than tagging. So each thread keeps one
// tagger for the model it last used. The tagger holds the model, so a pointer match cannot be a
// new model at a recycled address; the cost is that a thread keeps its last model alive.
NerTagger& thread_tagger(const std::shared_ptr<const NerModel>& model) {
  thread_local std::shared_ptr<const NerModel> tagged_model;
  thread_local std::optional<NerTagger> tagger;
  if (!tagger || tagged_model != model) {
    tagger.emplace(model);
    tagged_model = model;
  }
  return *tagger;
}

}  // namespace

std::unique_ptr<Pipeline::Resources> Pipeline::Resources::load(const PipelineOptions& options) {
  auto r = std::make_unique<Resources>();
  if (options.stages != "all" && options.stages != "segment") {
    throw Error(Error::Code::kInvalidInput, "stages",
                "unknown value '" + options.stages + "' (all or segment)");
  }
  if (options.timex_mode != "news" && options.timex_mode != "narrative") {
    throw Error(Error::Code::kInvalidInput, "timex mode",
                "unknown value '" + options.timex_mode + "' (news or narrative)");
  }
  // The segmenter loads its lexicons on first use; do it now, so that a missing data file is
  // reported before any input is read, and no worker pays for it.
  Document warm_up;
  warm_up.text = "Warm-up.";
  segment(warm_up, r->segmenter);

  r->full = options.stages == "all";
  if (!r->full) return r;
  r->ner = NerModel::load(NerModel::default_path());
  r->kb = KnowledgeBase::load(data_path("kb"));
  TimexOptions timex_options;
  timex_options.mode = options.timex_mode == "narrative" ? TimexMode::kNarrative : TimexMode::kNews;
  r->timex = std::make_unique<TimexTagger>(TimexRules::load(data_path("de/timex")), timex_options);
  r->dater = std::make_unique<DocumentDater>(load_dating_model(default_dating_model_path()));
  r->claims = std::make_unique<ClaimLexicons>();
  r->events = std::make_unique<EventLexicons>();
  return r;
}

Pipeline::Pipeline(const PipelineOptions& options)
    : resources_(Resources::load(options)), options_(options) {}

Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const {
  return options_;
}

void Pipeline::analyze(Document& doc) const {
  const Resources& r = *resources_;
  segment(doc, r.segmenter);
  if (!r.full) return;

  doc.entities.clear();
  thread_tagger(r.ner).tag(doc);

  // Time expressions first against the given date (or none), so that the dater can use them
  // (anchored durations, explicit dates); once a date is inferred, relative expressions are
  // resolved again against it.
  doc.timexes.clear();
  r.timex->tag(doc, ReferenceDate::parse(doc.date.value));
  if (doc.date.origin == DocumentDate::Origin::kUnknown) {
    r.dater->date(doc);
    if (doc.date.origin == DocumentDate::Origin::kInferred) {
      doc.timexes.clear();
      r.timex->tag(doc, ReferenceDate::parse(doc.date.value));
    }
  }

  // Entity ids, roles and office holders need the article date.
  doc.roles.clear();
  resolve_entities(doc, *r.kb);

  // Attribution once, for the figures and the events of each sentence.
  const std::vector<Attribution> attributions = attribute_sentences(doc, *r.claims);
  doc.quantities.clear();
  extract_quantities(doc, *r.claims, attributions);
  extract_events(doc, *r.events, *r.claims, attributions, r.kb.get());
}

void Pipeline::analyze_windows(
    Document& doc, const std::function<void(Document& window, uint32_t offset)>& each) const {
  for (size_t begin = 0; begin < doc.text.size();) {
    const size_t end = core::window_end(doc.text, begin, options_.window_bytes);
    Document window;
    window.id = doc.id;
    window.title = doc.title;
    window.metadata = doc.metadata;
    window.date = doc.date;
    if (begin > 0) window.date.evidence.clear();  // its spans are in the first window
    window.text = doc.text.substr(begin, end - begin);
    analyze(window);
    // The first window dates the document; the others are resolved against that date.
    if (begin == 0) doc.date = window.date;
    each(window, static_cast<uint32_t>(begin));
    begin = end;
  }
}

}  // namespace lagebild
