// NerModel: loading, the load-time self-test, and what the model says about itself.
#include <lagebild/error.h>
#include <lagebild/ner.h>

#include "core/paths.h"
#include "ner/model_file.h"
#include "ner/ner_model_runtime.h"

namespace lagebild {

std::string NerModel::default_path() {
  return data_path("models/ner-de.model");
}

NerModel::NerModel(std::unique_ptr<ner::ModelData> data)
    : data_(std::move(data)), runtime_(std::make_unique<Runtime>(*data_)) {}

NerModel::~NerModel() = default;

std::shared_ptr<const NerModel> NerModel::load(const std::string& path) {
  auto data = std::make_unique<ner::ModelData>(ner::read_model(path));
  std::shared_ptr<const NerModel> model(new NerModel(std::move(data)));
  // Self-test (SentencePiece style): the sentences tagged at training time must come out the
  // same, else the feature functions changed under the model.
  ner::TaggingState state;
  for (const auto& test : model->data_->self_tests) {
    std::vector<std::string_view> tokens(test.tokens.begin(), test.tokens.end());
    const auto chunks = model->runtime_->labeler.chunks(tokens, state);
    if (ner::bio_labels(chunks, tokens.size()) != test.labels) {
      throw Error(Error::Code::kInvalidData, path,
                  "NER model self-test failed: this lagebild computes features differently from "
                  "the one that trained the model; retrain it with `lagebild train ner`");
    }
  }
  return model;
}

const std::string& NerModel::training_data() const {
  return data_->training_data;
}
std::string NerModel::feature_settings() const {
  return data_->features.to_string();
}
std::string NerModel::label_scheme() const {
  return data_->scheme == ner::LabelScheme::kBio ? "BIO" : "BIOES";
}
const std::string& NerModel::description() const {
  return data_->description;
}
size_t NerModel::feature_count() const {
  return data_->feature_keys.size();
}

}  // namespace lagebild
