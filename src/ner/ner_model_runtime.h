// The parts of a loaded NerModel that tagging needs, built once at load and shared read-only.
#ifndef LAGEBILD_NER_NER_MODEL_RUNTIME_H_
#define LAGEBILD_NER_NER_MODEL_RUNTIME_H_

#include <lagebild/ner.h>

#include "ner/sequence_labeler.h"

namespace lagebild {

struct NerModel::Runtime {
  explicit Runtime(const ner::ModelData& data) : labeler(data) {}
  ner::SequenceLabeler labeler;
};

}  // namespace lagebild

#endif  // LAGEBILD_NER_NER_MODEL_RUNTIME_H_
