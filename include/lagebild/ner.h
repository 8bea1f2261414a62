// lagebild — named-entity recognition: who and where (the "recognise" stage).
//
// A statistical tagger trained on GermEval 2014 (NoSta-D guidelines, outer layer): a first-order
// averaged structured perceptron (Collins 2002) with Viterbi decoding over BIOES labels of the
// twelve GermEval types (PER, LOC, ORG, OTH, each also *deriv and *part). Its features include
// word clusters learned without labels from the news corpora, how often each word form of the
// news is tagged as each type (by taggers trained on the two halves of the training data),
// the head of closed compounds, name lists from the knowledge base and generic lists of given
// names, family names and cities (all stored inside the model file, as word hashes). Scores on
// GermEval dev are in data/models/README.md; `lagebild eval ner` measures them.
//
// Output: Document::entities with type PER, LOC, ORG or MISC (GermEval's OTH), `derived` for
// *deriv ("ukrainische" -> LOC, derived) and `part` for *part ("Nato" in "Nato-Generalsekretär",
// the whole token is the span). `id` and `name` stay empty: entity resolution fills them.
//
// Threads: a NerModel is immutable after load() and may be shared by any number of threads.
// A NerTagger is cheap; it keeps per-call scratch space, so use one NerTagger per thread.
//
// Model files are versioned (magic number, format version, label set, feature settings, name of
// the training data, checksum, self-test sentences re-tagged at load). load() throws
// lagebild::Error naming the file, with advice, for a missing, damaged, truncated or newer file.
#ifndef LAGEBILD_NER_H_
#define LAGEBILD_NER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <lagebild/document.h>

namespace lagebild {

namespace ner {
struct ModelData;
struct TaggingState;
}  // namespace ner

class NerModel {
 public:
  // The model shipped in the data directory: data_path("models/ner-de.model").
  static std::string default_path();

  // Loads and checks a model file (see above). Throws lagebild::Error.
  static std::shared_ptr<const NerModel> load(const std::string& path);

  ~NerModel();
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  // What the model file says about itself.
  const std::string& training_data() const;  // e.g. "germeval2014/train_bioes.txt"
  std::string feature_settings() const;      // e.g. "revision=1 window=2 lexicon=1"
  std::string label_scheme() const;          // "BIO" or "BIOES"
  const std::string& description() const;    // trainer settings
  size_t feature_count() const;

  // Internal: the model's parts, for the tagger and the trainer's tools.
  const ner::ModelData& data() const { return *data_; }

 private:
  explicit NerModel(std::unique_ptr<ner::ModelData> data);
  friend class NerTagger;
  struct Runtime;
  std::unique_ptr<ner::ModelData> data_;
  std::unique_ptr<Runtime> runtime_;
};

class NerTagger {
 public:
  explicit NerTagger(std::shared_ptr<const NerModel> model);
  ~NerTagger();
  NerTagger(NerTagger&&) noexcept;
  NerTagger& operator=(NerTagger&&) noexcept;

  // Tags every sentence of `doc` (reads doc.sentences and doc.tokens, as filled by
  // lagebild::segment()) and replaces doc.entities, ordered by `begin`. Entity spans run from the
  // first token's begin to the last token's end (byte offsets into doc.text).
  void tag(Document& doc);

  // Tags one tokenised sentence; returns one BIO label per token in GermEval's spelling
  // ("O", "B-PER", "I-ORG", "B-LOCderiv", "B-ORGpart", ...).
  std::vector<std::string> tag_tokens(const std::vector<std::string_view>& tokens);

 private:
  std::shared_ptr<const NerModel> model_;
  std::unique_ptr<ner::TaggingState> state_;
};

}  // namespace lagebild

#endif  // LAGEBILD_NER_H_
