// NerTagger: runs the model over a Document's sentences and writes the entities layer.
#include <lagebild/ner.h>

#include "ner/ner_model_runtime.h"

namespace lagebild {
namespace {

// GermEval type index (label_set.h order: PER, PERderiv, PERpart, LOC, ...) to the output's
// four types; OTH becomes MISC as in CoNLL-2003.
constexpr const char* kOutputTypes[4] = {"PER", "LOC", "ORG", "MISC"};

}  // namespace

NerTagger::NerTagger(std::shared_ptr<const NerModel> model)
    : model_(std::move(model)), state_(std::make_unique<ner::TaggingState>()) {}
NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

void NerTagger::tag(Document& doc) {
  doc.entities.clear();
  const auto& labeler = model_->runtime_->labeler;
  auto& tokens = state_->tokens;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.end_token > doc.tokens.size() || sentence.first_token >= sentence.end_token) {
      continue;
    }
    tokens.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      tokens.push_back(doc.slice(doc.tokens[t]));
    }
    // (The labeler reads state_->tokens only through this argument.)
    for (const ner::Chunk& c : labeler.chunks(tokens, *state_)) {
      Entity e;
      e.begin = doc.tokens[sentence.first_token + c.begin].begin;
      e.end = doc.tokens[sentence.first_token + c.end - 1].end;
      e.type = kOutputTypes[c.type / 3];
      e.derived = c.type % 3 == 1;
      e.part = c.type % 3 == 2;
      doc.entities.push_back(std::move(e));
    }
  }
}

std::vector<std::string> NerTagger::tag_tokens(const std::vector<std::string_view>& tokens) {
  const auto chunks = model_->runtime_->labeler.chunks(tokens, *state_);
  return ner::bio_labels(chunks, tokens.size());
}

}  // namespace lagebild
