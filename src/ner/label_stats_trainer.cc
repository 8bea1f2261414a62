#include "ner/label_stats_trainer.h"

#include <lagebild/error.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace lagebild::ner {
namespace {

WordLexicon with_stats(const WordLexicon& lexicon,
                       const std::vector<const LabelCountTable*>& tables, uint32_t min_count) {
  WordLexicon out = lexicon;
  std::vector<uint64_t> keys;
  std::vector<LabelStats> stats;
  label_stats(tables, min_count, keys, stats);
  out.set_stats(std::move(keys), std::move(stats));
  return out;
}

}  // namespace

ModelData train_ner_with_label_stats(const std::vector<ConllSentence>& sentences,
                                     const WordLexicon& lexicon, const Gazetteer* gazetteer,
                                     const NerTrainerOptions& options,
                                     const LabelStatsOptions& stats) {
  const size_t folds = static_cast<size_t>(std::max(2, stats.folds));
  // Fold f: sentences [begin(f), begin(f + 1)), contiguous (neighbouring sentences of one source
  // stay together, so a tagger has not seen the fold's documents).
  auto begin = [&](size_t f) { return sentences.size() * f / folds; };
  std::vector<LabelCountTable> tables;
  if (stats.cache.empty() || !read_label_counts(stats.cache, tables)) {
    NerTrainerOptions fold_options = options;
    fold_options.features.use_label_stats = false;
    fold_options.runs = 1;
    fold_options.holdout_every = 0;
    LabelCountOptions count_options;
    count_options.max_tokens = stats.max_tokens;
    count_options.verbose = options.verbose;
    for (size_t f = 0; f < folds; ++f) {
      if (options.verbose) {
        std::fprintf(stderr, "label statistics: tagger without fold %zu of %zu\n", f + 1, folds);
      }
      std::vector<ConllSentence> rest(sentences.begin(),
                                      sentences.begin() + static_cast<std::ptrdiff_t>(begin(f)));
      rest.insert(rest.end(), sentences.begin() + static_cast<std::ptrdiff_t>(begin(f + 1)),
                  sentences.end());
      const ModelData model = train_ner_model(rest, &lexicon, gazetteer, fold_options);
      tables.push_back(count_labels(model, stats.corpora, count_options));
    }
    if (!stats.cache.empty()) write_label_counts(tables, stats.cache);
  }
  if (tables.size() != folds) {
    throw Error(Error::Code::kInvalidData, stats.cache,
                "label-count cache holds " + std::to_string(tables.size()) + " tables, not " +
                    std::to_string(folds) + "; delete it");
  }
  // Fold f's sentences get the statistics of the tagger that did not see them; the model keeps
  // the mean of all taggers' statistics.
  std::vector<WordLexicon> held_out;
  held_out.reserve(folds);
  std::vector<const LabelCountTable*> all;
  for (const auto& t : tables) {
    held_out.push_back(with_stats(lexicon, {&t}, stats.min_count));
    all.push_back(&t);
  }
  const WordLexicon both = with_stats(lexicon, all, stats.min_count);
  std::vector<const WordLexicon*> per_sentence(sentences.size());
  for (size_t f = 0; f < folds; ++f) {
    for (size_t i = begin(f); i < begin(f + 1); ++i) per_sentence[i] = &held_out[f];
  }
  return train_ner_model(sentences, &both, gazetteer, options, &per_sentence);
}

}  // namespace lagebild::ner
