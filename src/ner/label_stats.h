// Corpus-level label statistics for the NER tagger: a tagger trained without them tags the
// unlabelled news corpora, and for every word form we count how often it occurs and how often it
// is inside a mention of each type. The shares become word features (feature_extractor.h): a
// name seen once in GermEval but hundreds of times in the news is recognised by what the tagger
// usually says about it, in contexts it understands better.
//
// Leakage: a tagger remembers its training words, so the statistics of train words look more
// certain than those of unseen words. train ner therefore jackknifes (label_stats_trainer.h):
// a training sentence gets the statistics of a tagger that was trained without it; the model
// keeps the mean of all these taggers' statistics for tagging.
#ifndef LAGEBILD_NER_LABEL_STATS_H_
#define LAGEBILD_NER_LABEL_STATS_H_

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ner/model_data.h"
#include "ner/word_lexicon.h"

namespace lagebild::ner {

struct LabelCounts {
  uint32_t count = 0;               // occurrences
  std::array<uint32_t, 12> type{};  // occurrences inside a mention of kTypeNames[t]
  uint32_t begins = 0;              // occurrences as the first token of a mention
};

// Word hash (hash_text(0, word)) -> counts.
using LabelCountTable = std::unordered_map<uint64_t, LabelCounts>;

struct LabelCountOptions {
  // Stop after this many tokens in all (0: no limit); the corpora are read in the given order.
  uint64_t max_tokens = 0;
  bool verbose = true;
};

// Tags every sentence of the news `corpora` (news_corpus.h, corpus_tokenizer.h; a sentence ends
// where the tokenizer marks the next token sentence-initial, or after 100 tokens) with `model`
// and counts. Single-threaded and deterministic.
LabelCountTable count_labels(const ModelData& model, const std::vector<std::string>& corpora,
                             const LabelCountOptions& options);

// The statistics of the words occurring at least `min_count` times, summing the count tables
// (each table counts the same corpora, so occurrences are taken from the first and the type
// shares are averaged). Sorted by word hash, so the result does not depend on hash-map order.
void label_stats(const std::vector<const LabelCountTable*>& tables, uint32_t min_count,
                 std::vector<uint64_t>& keys, std::vector<LabelStats>& stats);

// Binary cache of count tables (a development shortcut: tagging the corpora takes minutes).
// read_label_counts returns false when `path` does not exist; throws lagebild::Error naming the
// file when it is damaged or cannot be written.
void write_label_counts(const std::vector<LabelCountTable>& tables, const std::string& path);
bool read_label_counts(const std::string& path, std::vector<LabelCountTable>& tables);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_LABEL_STATS_H_
