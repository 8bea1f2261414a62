#include "ner/cluster_trainer.h"

#include <lagebild/error.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "ner/conll_reader.h"
#include "ner/corpus_tokenizer.h"
#include "ner/kmeans.h"
#include "ner/news_corpus.h"
#include "ner/word_form.h"

namespace lagebild::ner {
namespace {

// Lets the maps below be searched with a string_view (no temporary string per token).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct CaseCount {
  uint32_t seen = 0;         // occurrences not at a sentence start
  uint32_t capitalised = 0;  // of those, written with an initial capital
};

class CorpusCounter {
 public:
  void add(std::string_view token, bool sentence_initial) {
    auto it = ids_.find(token);
    if (it == ids_.end()) {
      it = ids_.emplace(std::string(token), static_cast<int32_t>(words_.size())).first;
      words_.push_back(it->first);
      counts_.push_back(0);
    }
    ++counts_[it->second];
    stream_.push_back(it->second);
    if (!sentence_initial && starts_letter(token)) {
      auto& c = cases_[to_lower(token)];
      ++c.seen;
      c.capitalised += starts_upper(token);
    }
  }
  void end_sentence() {
    if (!stream_.empty() && stream_.back() >= 0) stream_.push_back(-1);
  }

  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> ids_;
  std::vector<std::string_view> words_;  // views into ids_' keys (node-based: stable)
  std::vector<uint64_t> counts_;
  std::vector<int32_t> stream_;
  std::unordered_map<std::string, CaseCount> cases_;
};

}  // namespace

WordClusters train_word_clusters(const ClusterTrainerOptions& o) {
  CorpusCounter counter;
  for (const auto& path : o.corpora) {
    if (o.verbose) std::fprintf(stderr, "reading %s\n", path.c_str());
    read_news_corpus(path, [&](std::string_view text) {
      tokenize_corpus_text(text, [&](std::string_view token, bool initial) {
        if (initial) counter.end_sentence();
        counter.add(token, initial);
      });
      counter.end_sentence();
    });
  }
  for (const auto& path : o.token_files) {
    if (o.verbose) std::fprintf(stderr, "reading %s\n", path.c_str());
    for (const auto& sentence : read_conll_file(path)) {
      for (size_t i = 0; i < sentence.tokens.size(); ++i) counter.add(sentence.tokens[i], i == 0);
      counter.end_sentence();
    }
  }
  // Vocabulary: words seen at least min_count times, most frequent first (ties by spelling, so
  // the order never depends on hash-table iteration).
  std::vector<int32_t> kept;
  for (size_t w = 0; w < counter.words_.size(); ++w) {
    if (counter.counts_[w] >= static_cast<uint64_t>(o.min_count)) kept.push_back(int32_t(w));
  }
  std::sort(kept.begin(), kept.end(), [&](int32_t a, int32_t b) {
    if (counter.counts_[a] != counter.counts_[b]) return counter.counts_[a] > counter.counts_[b];
    return counter.words_[a] < counter.words_[b];
  });
  if (kept.empty()) throw Error(Error::Code::kInvalidInput, "", "no words to cluster");
  std::vector<int32_t> remap(counter.words_.size(), -1);
  std::vector<uint64_t> counts(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    remap[kept[i]] = static_cast<int32_t>(i);
    counts[i] = counter.counts_[kept[i]];
  }
  std::vector<int32_t> stream;
  stream.reserve(counter.stream_.size());
  for (int32_t w : counter.stream_) {
    if (w < 0) {
      if (!stream.empty() && stream.back() >= 0) stream.push_back(-1);
    } else if (remap[w] >= 0) {
      stream.push_back(remap[w]);
    }
  }
  counter.stream_ = {};
  if (o.verbose) {
    std::fprintf(stderr, "%zu tokens, %zu word types, %zu with count >= %d\n", stream.size(),
                 counter.words_.size(), kept.size(), o.min_count);
  }

  const size_t dim = static_cast<size_t>(o.skipgram.dim);
  std::vector<float> vectors = train_skipgram(stream, counts, o.skipgram, o.verbose);
  stream = {};
  normalise_rows(vectors, dim);
  KMeansOptions km{o.fine, o.kmeans_iterations, o.skipgram.seed};
  std::vector<float> fine_centroids;
  const auto fine = spherical_kmeans(vectors, dim, {}, km, &fine_centroids, o.verbose);
  vectors = {};
  // Mid and coarse levels cluster the fine centroids, weighted by their number of words.
  std::vector<float> sizes(fine_centroids.size() / dim, 0.0f);
  for (auto f : fine) sizes[f] += 1.0f;
  km.clusters = o.mid;
  const auto mid = spherical_kmeans(fine_centroids, dim, sizes, km, nullptr, o.verbose);
  km.clusters = o.coarse;
  const auto coarse = spherical_kmeans(fine_centroids, dim, sizes, km, nullptr, o.verbose);

  WordClusters out;
  out.header.push_back(" lagebild word clusters: skip-gram vectors + spherical k-means");
  for (const auto& p : o.corpora) out.header.push_back(" corpus: " + p);
  for (const auto& p : o.token_files) out.header.push_back(" tokens: " + p);
  out.header.push_back(
      " min_count=" + std::to_string(o.min_count) + " dim=" + std::to_string(o.skipgram.dim) +
      " window=" + std::to_string(o.skipgram.window) + " negative=" +
      std::to_string(o.skipgram.negative) + " epochs=" + std::to_string(o.skipgram.epochs) +
      " seed=" + std::to_string(o.skipgram.seed) + " fine=" + std::to_string(o.fine) +
      " mid=" + std::to_string(o.mid) + " coarse=" + std::to_string(o.coarse));
  out.header.push_back(" columns: word fine mid coarse count capitalised-per-mille");
  out.entries.reserve(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    WordClusterEntry e;
    e.word = std::string(counter.words_[kept[i]]);
    e.fine = fine[i];
    e.mid = mid[fine[i]];
    e.coarse = coarse[fine[i]];
    e.count = static_cast<uint32_t>(std::min<uint64_t>(counts[i], UINT32_MAX));
    if (auto it = counter.cases_.find(to_lower(e.word));
        it != counter.cases_.end() && it->second.seen >= 3) {
      e.cap_permille = static_cast<int16_t>(1000ULL * it->second.capitalised / it->second.seen);
    }
    out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace lagebild::ner
