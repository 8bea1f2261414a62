// Everything a trained NER model holds, as the tagger reads it: label scheme, feature settings,
// word lexicon, quantised observation weights, transition scores and self-test samples.
// Written and read by model_file.h; built by perceptron_trainer.h.
#ifndef LAGEBILD_NER_MODEL_DATA_H_
#define LAGEBILD_NER_MODEL_DATA_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ner/feature_extractor.h"
#include "ner/feature_table.h"
#include "ner/gazetteer.h"
#include "ner/hash_index.h"
#include "ner/label_set.h"
#include "ner/word_lexicon.h"

namespace lagebild::ner {

// A sentence the model tagged when it was trained; load re-tags it and must get the same labels
// (SentencePiece's self-test idea: catches a feature function that changed under the model).
struct SelfTest {
  std::vector<std::string> tokens;
  std::vector<std::string> labels;  // BIO, GermEval spelling
};

struct ModelData {
  LabelScheme scheme = LabelScheme::kBioes;
  FeatureOptions features;
  std::string training_data;  // name of the training file, e.g. "germeval2014/train_bioes.txt"
  std::string description;    // trainer settings (epochs, seed, feature count), for humans

  WordLexicon lexicon;
  Gazetteer gazetteer;

  // Observation weights: the row of feature k is entries[row_offsets[k] .. row_offsets[k+1]).
  std::vector<uint64_t> feature_keys;
  std::vector<uint32_t> row_offsets;
  std::vector<WeightEntry> entries;
  float scale = 1.0f;  // real weight = value * scale

  // (L + 1) x L, see ViterbiDecoder::decode.
  std::vector<float> transitions;

  std::vector<SelfTest> self_tests;

  // Built after loading: feature key -> row.
  FeatureTable feature_table;
  void build_index() {
    feature_table.build(feature_keys, row_offsets, entries, LabelSet(scheme).size());
  }
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_MODEL_DATA_H_
