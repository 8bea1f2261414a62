#include "ner/label_stats.h"

#include <lagebild/error.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "ner/corpus_tokenizer.h"
#include "ner/feature_hash.h"
#include "ner/label_set.h"
#include "ner/news_corpus.h"
#include "ner/sequence_labeler.h"

namespace lagebild::ner {
namespace {

static_assert(kTypeCount == 12, "LabelCounts and LabelStats hold one share per type");

constexpr size_t kMaxSentence = 100;  // longer runs are cut: Viterbi cost and memory stay flat
constexpr char kCountsMagic[8] = {'L', 'B', 'N', 'E', 'R', 'C', 'N', '1'};

uint8_t percent(uint64_t part, uint64_t whole) {
  return whole ? static_cast<uint8_t>((part * 100 + whole / 2) / whole) : 0;
}

}  // namespace

LabelCountTable count_labels(const ModelData& model, const std::vector<std::string>& corpora,
                             const LabelCountOptions& options) {
  const SequenceLabeler labeler(model);
  TaggingState state;
  LabelCountTable table;
  std::vector<std::string_view> sentence;
  uint64_t tokens = 0;
  bool done = false;
  auto flush = [&] {
    if (sentence.empty()) return;
    std::vector<LabelCounts*> rows(sentence.size());
    for (size_t i = 0; i < sentence.size(); ++i) {
      rows[i] = &table[hash_text(0, sentence[i])];
      ++rows[i]->count;
    }
    for (const Chunk& c : labeler.chunks(sentence, state)) {
      ++rows[c.begin]->begins;
      for (uint32_t i = c.begin; i < c.end; ++i) ++rows[i]->type[static_cast<size_t>(c.type)];
    }
    tokens += sentence.size();
    sentence.clear();
    if (options.max_tokens && tokens >= options.max_tokens) done = true;
  };
  for (const auto& path : corpora) {
    if (done) break;
    read_news_corpus(path, [&](std::string_view text) {
      if (done) return;
      tokenize_corpus_text(text, [&](std::string_view token, bool sentence_initial) {
        if (sentence_initial || sentence.size() >= kMaxSentence) flush();
        sentence.push_back(token);
      });
      flush();  // the views point into `text`
    });
    if (options.verbose) {
      std::fprintf(stderr, "label statistics: %llu tokens tagged, %zu word forms (%s)\n",
                   static_cast<unsigned long long>(tokens), table.size(), path.c_str());
    }
  }
  return table;
}

void label_stats(const std::vector<const LabelCountTable*>& tables, uint32_t min_count,
                 std::vector<uint64_t>& keys, std::vector<LabelStats>& stats) {
  keys.clear();
  stats.clear();
  if (tables.empty()) return;
  for (const auto& [key, counts] : *tables.front()) {
    if (counts.count >= min_count) keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end());
  stats.reserve(keys.size());
  const uint64_t n_tables = tables.size();
  for (uint64_t key : keys) {
    const uint64_t count = tables.front()->at(key).count;
    std::array<uint64_t, 12> type{};
    uint64_t begins = 0, inside = 0;
    for (const auto* t : tables) {
      const auto it = t->find(key);
      if (it == t->end()) continue;
      for (size_t k = 0; k < type.size(); ++k) type[k] += it->second.type[k];
      begins += it->second.begins;
    }
    LabelStats s;
    s.count = static_cast<uint32_t>(count);
    for (size_t k = 0; k < type.size(); ++k) {
      s.share[k] = percent(type[k], count * n_tables);
      inside += type[k];
    }
    s.begin_share = percent(begins, inside);
    stats.push_back(s);
  }
}

void write_label_counts(const std::vector<LabelCountTable>& tables, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  out.write(kCountsMagic, sizeof(kCountsMagic));
  const uint32_t n = static_cast<uint32_t>(tables.size());
  out.write(reinterpret_cast<const char*>(&n), sizeof(n));
  for (const auto& table : tables) {
    std::vector<std::pair<uint64_t, LabelCounts>> rows(table.begin(), table.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    const uint64_t size = rows.size();
    out.write(reinterpret_cast<const char*>(&size), sizeof(size));
    for (const auto& [key, counts] : rows) {
      out.write(reinterpret_cast<const char*>(&key), sizeof(key));
      out.write(reinterpret_cast<const char*>(&counts), sizeof(counts));
    }
  }
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the label-count cache");
}

bool read_label_counts(const std::string& path, std::vector<LabelCountTable>& tables) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char magic[sizeof(kCountsMagic)];
  uint32_t n = 0;
  in.read(magic, sizeof(magic));
  in.read(reinterpret_cast<char*>(&n), sizeof(n));
  if (!in || std::memcmp(magic, kCountsMagic, sizeof(magic)) != 0 || n > 16) {
    throw Error(Error::Code::kInvalidData, path, "not a label-count cache; delete it");
  }
  tables.assign(n, {});
  for (auto& table : tables) {
    uint64_t size = 0;
    in.read(reinterpret_cast<char*>(&size), sizeof(size));
    table.reserve(size);
    for (uint64_t i = 0; in && i < size; ++i) {
      uint64_t key = 0;
      LabelCounts counts;
      in.read(reinterpret_cast<char*>(&key), sizeof(key));
      in.read(reinterpret_cast<char*>(&counts), sizeof(counts));
      table.emplace(key, counts);
    }
  }
  if (!in) throw Error(Error::Code::kInvalidData, path, "truncated label-count cache; delete it");
  return true;
}

}  // namespace lagebild::ner
