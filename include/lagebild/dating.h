// lagebild — document dating: a publication month (or day) for an article that has no date.
//
// What it does. For a Document whose `date.origin` is unknown, DocumentDater fills `doc.date`
// with origin "inferred": `value` (a month "YYYY-MM", or a day "YYYY-MM-DD" when the evidence
// pins the day), `earliest`/`latest` (YYYY-MM-DD, the smallest run of months holding
// `Options::interval_mass` of the posterior), `confidence` (the posterior mass of the chosen
// month) and `evidence`: the spans of text that moved the estimate, each with a `why` a reader
// can check ("weekday+day 'Freitag, 5. Mai' fits 2023").
//
// How. Every evidence source turns the article into a likelihood over a fixed month grid
// (kDatingFirstYear-01 … kDatingLastYear-12); the posterior is their product, the month is its
// maximum. The sources, each optional and switched in Options:
//   explicit dates   "am 2. Juli 2025", "5.9.2025", "im März 2023", "2024", "am 2. Juli" and
//                    bare month names; each kind's offset to the publication month is a
//                    distribution learned from the dated corpora (articles mostly talk about
//                    the recent past, so the latest full date is nearly a lower bound);
//   weekday + day    "Freitag, 5. Mai": only some years have that weekday on that day;
//   anchored         "seit mehr als dreieinhalb Jahren ... Angriffskrieg": a duration since a
//   durations        dated event (the tagger's anchored DURATION timexes, or the dater's own
//                    scan against the events table data/kb/events.tsv);
//   office tenures   "Außenminister Andrii Sybiha": a title next to its holder's name dates the
//                    article to the holder's term (data/kb/offices.tsv);
//   vocabulary       a linear model over months on word presence (multinomial logistic
//                    regression with soft labels; `train dating --method nb` gives Naive Bayes
//                    instead), trained on the dated corpora (data/models/dating-vocabulary.model,
//                    DATING.md). Its posterior covers the trained months; later months get the
//                    last trained month's probability, decaying slowly, so that hard evidence
//                    can move the estimate past the end of the training data;
//   neighbours       the most similar training articles (tf-idf cosine) vote for their months:
//                    articles about the same events are written at the same time.
// Each source's log-likelihood is weighted by an exponent fitted on held-out training articles
// (stored in the model), since the sources are neither equally reliable nor independent.
//
// Threads. DatingModel and DocumentDater are immutable after construction and may be shared by
// any number of threads; date() keeps its state on the stack.
#ifndef LAGEBILD_DATING_H_
#define LAGEBILD_DATING_H_

#include <memory>
#include <string>

#include <lagebild/document.h>

namespace lagebild {

// The month grid every estimate lives on. Wide enough for archive pieces and for articles
// written after the training data ends (2024-10) and before the next retraining.
inline constexpr int kDatingFirstYear = 2000;
inline constexpr int kDatingLastYear = 2026;

// The trained dating model: vocabulary weights over months and the learned offset distributions
// of the explicit-date cues. Load once, share. Without it (a null model) the dater still works
// on explicit dates, weekdays, durations and offices, with built-in offset shapes.
class DatingModel;

// Loads a model file written by `lagebild train dating`. Throws lagebild::Error naming the file
// when it is missing (kNotFound), damaged (kInvalidData) or written by a newer lagebild
// (kUnsupported); each message says what to do.
std::shared_ptr<const DatingModel> load_dating_model(const std::string& path);

// data_path("models/dating-vocabulary.model"): the committed model.
std::string default_dating_model_path();

class DocumentDater {
 public:
  struct Options {
    // Switches for the evidence sources; all on by default. Turning one off is how `eval dating`
    // measures what each contributes.
    bool use_explicit_dates = true;
    bool use_weekdays = true;
    bool use_durations = true;
    bool use_offices = true;
    bool use_vocabulary = true;
    bool use_neighbours = true;
    // The knowledge-base directory with offices.tsv, office_titles.tsv, persons.tsv and
    // name_variants.tsv; empty = data_path("kb"). Missing tables only turn the source off.
    std::string kb_dir;
    // Path of the dated events table for anchored durations; empty = data_path("kb/events.tsv").
    std::string events_path;
    // The interval [earliest, latest] is the shortest run of months holding this much posterior
    // mass. 0.8 keeps it honest without spanning years for a typical war article.
    double interval_mass = 0.8;
    // A day is given as the value only when one explicit date in the chosen month carries at
    // least this share of the posterior, otherwise the month: a month is what the evidence
    // usually supports.
    double day_confidence = 0.6;
    // At most this many evidence entries are reported, strongest first.
    int max_evidence = 8;
  };

  // `model` may be null: then the explicit-date cues use built-in offset distributions and the
  // vocabulary source is off.
  explicit DocumentDater(std::shared_ptr<const DatingModel> model);
  DocumentDater(std::shared_ptr<const DatingModel> model, Options options);
  ~DocumentDater();
  DocumentDater(const DocumentDater&) = delete;
  DocumentDater& operator=(const DocumentDater&) = delete;

  // Infers the date of a document regardless of its current date (used by evaluation).
  DocumentDate infer(const Document& doc) const;

  // Sets doc.date = infer(doc) when doc.date.origin is kUnknown; leaves given dates alone.
  void date(Document& doc) const;

  const Options& options() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lagebild

#endif  // LAGEBILD_DATING_H_
