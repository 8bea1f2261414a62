#include "ner/sequence_labeler.h"

#include <algorithm>

#include "ner/feature_hash.h"
#include "ner/vector4.h"

namespace lagebild::ner {
namespace {

// The hashes added since the last call all go to score row `target`.
void target_new(TaggingState& s, uint32_t target) {
  s.targets.resize(s.hashes.size(), target);
}

}  // namespace

SequenceLabeler::SequenceLabeler(const ModelData& model)
    : model_(model),
      labels_(model.scheme),
      extractor_(model.features, &model.lexicon, &model.gazetteer),
      decoder_(labels_),
      transitions_(decoder_.prepare(model.transitions.data())),
      span_(2 * model.features.window + 1) {}

void SequenceLabeler::add_rows(TaggingState& s, int32_t* base) const {
  // A software pipeline over the features, so that the two cache misses of each lookup (the
  // table slot, then the weights) are in flight while earlier features are added: feature
  // f + kSlotAhead has its slot prefetched, feature f + kRowAhead is looked up and its weights
  // prefetched, feature f is added. A fixed distance keeps the number of outstanding misses
  // within what the core can track; prefetching all slots of a sentence first (as before) asked
  // for hundreds at once, and most of them had to be waited for again when looked up.
  constexpr size_t kSlotAhead = 16, kRowAhead = 8;
  const auto& table = model_.feature_table;
  const size_t L = static_cast<size_t>(labels_.size());
  const size_t n = s.hashes.size();
  const uint64_t* hashes = s.hashes.data();
  s.rows.resize(n);
  FeatureTable::Row* rows = s.rows.data();
  auto look_up = [&](size_t f) {
    const FeatureTable::Row r = rows[f] = table.find(hashes[f]);
    if (r.size == FeatureTable::kDense) {
      __builtin_prefetch(table.dense_row(r.begin));
    } else if (r.size) {
      __builtin_prefetch(&model_.entries[r.begin]);
    }
  };
  for (size_t f = 0; f < std::min(n, kSlotAhead); ++f) table.prefetch(hashes[f]);
  for (size_t f = 0; f < std::min(n, kRowAhead); ++f) look_up(f);
  for (size_t f = 0; f < n; ++f) {
    if (f + kSlotAhead < n) table.prefetch(hashes[f + kSlotAhead]);
    if (f + kRowAhead < n) look_up(f + kRowAhead);
    const FeatureTable::Row r = rows[f];
    int32_t* row = base + s.targets[f] * L;
    if (r.size == FeatureTable::kDense) {
      add_to(row, table.dense_row(r.begin), L);
      continue;
    }
    const WeightEntry* e = model_.entries.data() + r.begin;
    for (uint32_t k = 0; k < r.size; ++k) row[e[k].label] += e[k].value;
  }
}

void SequenceLabeler::resize(EmissionCache& c, uint32_t capacity) const {
  const size_t row = static_cast<size_t>(span_) * static_cast<size_t>(labels_.size());
  c.entry_key.resize(capacity);
  c.hits.resize(capacity);
  c.contexts.resize(capacity);
  c.sums.resize(capacity * row);
  rehash(c);
}

void SequenceLabeler::rehash(EmissionCache& c) {
  c.keys.assign(2 * static_cast<size_t>(c.capacity()), 0);
  c.entry_of.resize(c.keys.size());
  const size_t mask = c.keys.size() - 1;
  for (uint32_t e = 0; e < c.size; ++e) {
    const uint64_t key = c.entry_key[e];
    size_t slot = key & mask;
    while (c.keys[slot] != 0) slot = (slot + 1) & mask;
    c.keys[slot] = key;
    c.entry_of[slot] = e;
  }
}

void SequenceLabeler::make_room(EmissionCache& c, uint32_t needed) const {
  if (c.size + needed <= c.capacity()) return;
  if (c.capacity() < EmissionCache::kMaxCapacity) {
    uint32_t capacity = std::max(c.capacity(), EmissionCache::kInitialCapacity);
    while (capacity < c.size + needed && capacity < EmissionCache::kMaxCapacity) capacity *= 2;
    resize(c, capacity);
    if (c.size + needed <= c.capacity()) return;
  }
  // Keep at most half: the entries looked up at least `threshold` times since they came in,
  // the smallest threshold that fits. Kept entries start counting again, so that words which
  // were frequent long ago make room in time.
  const uint32_t limit = c.capacity() / 2;
  uint32_t threshold = 1;
  for (;; threshold *= 2) {
    uint32_t kept = 0;
    for (uint32_t e = 0; e < c.size; ++e) kept += c.hits[e] >= threshold;
    if (kept <= limit) break;
  }
  const size_t row = static_cast<size_t>(span_) * static_cast<size_t>(labels_.size());
  uint32_t size = 0;
  for (uint32_t e = 0; e < c.size; ++e) {
    if (c.hits[e] < threshold) continue;
    if (size != e) {
      c.contexts[size] = c.contexts[e];
      std::copy_n(&c.sums[e * row], row, &c.sums[size * row]);
      c.entry_key[size] = c.entry_key[e];
    }
    c.hits[size] = 0;
    ++size;
  }
  c.size = size;
  rehash(c);
}

uint64_t SequenceLabeler::cache_key(std::string_view token) {
  return hash_text(0, token) | 1;  // never 0 (the empty mark)
}

uint32_t SequenceLabeler::entry(std::string_view token, uint64_t key, TaggingState& s) const {
  EmissionCache& c = s.cache;
  const size_t L = static_cast<size_t>(labels_.size());
  const size_t mask = c.keys.size() - 1;
  size_t slot = key & mask;
  for (; c.keys[slot] != 0; slot = (slot + 1) & mask) {
    if (c.keys[slot] == key) {
      const uint32_t e = c.entry_of[slot];
      ++c.hits[e];
      return e;
    }
  }
  const uint32_t e = c.size++;
  c.keys[slot] = key;
  c.entry_of[slot] = e;
  c.entry_key[e] = key;
  c.hits[e] = 0;
  TokenInfo& t = s.word;
  s.features.ngrams.clear();
  extractor_.describe(token, t, s.features.ngrams);
  c.contexts[e] = extractor_.context_info(t);
  int32_t* rows = &c.sums[e * span_ * L];
  std::fill(rows, rows + span_ * L, 0);
  // Row 0 .. span-1 = offset d = -window .. +window; the middle row is the word's own.
  const int window = model_.features.window;
  s.hashes.clear();
  s.targets.clear();
  for (int d = -window; d <= window; ++d) {
    if (d == 0) {
      extractor_.word_features(t, s.features.ngrams, s.hashes);
    } else {
      extractor_.neighbour_features(t, d, s.hashes);
    }
    target_new(s, static_cast<uint32_t>(d + window));
  }
  add_rows(s, rows);
  return e;
}

const std::vector<uint8_t>& SequenceLabeler::label(const std::vector<std::string_view>& tokens,
                                                   TaggingState& s) const {
  const int n = static_cast<int>(tokens.size());
  const size_t L = static_cast<size_t>(labels_.size());
  EmissionCache& c = s.cache;
  if (static_cast<uint32_t>(n) > EmissionCache::kMaxCapacity / 2) return label_uncached(tokens, s);
  make_room(c, static_cast<uint32_t>(n));
  s.entries.resize(tokens.size());
  s.token_infos.resize(tokens.size());
  // The slots of the whole sentence are fetched before the first is probed: the cache's slot
  // array is larger than L2, and probing token by token waited for each miss in turn.
  s.keys.resize(tokens.size());
  const size_t mask = c.keys.size() - 1;
  for (int i = 0; i < n; ++i) {
    s.keys[i] = cache_key(tokens[i]);
    __builtin_prefetch(&c.keys[s.keys[i] & mask]);
  }
  for (int i = 0; i < n; ++i) s.entries[i] = entry(tokens[i], s.keys[i], s);
  for (int i = 0; i < n; ++i) s.token_infos[i] = &c.contexts[s.entries[i]];
  const int window = model_.features.window;
  s.sums.assign(static_cast<size_t>(n) * L, 0);
  s.hashes.clear();
  s.targets.clear();
  // Each word's cached rows go to its own score row and to those of its neighbours. Read entry by
  // entry, so that each entry (its span rows are adjacent) is read once and in order, with the
  // entries of the next tokens prefetched: the entries are spread over tens of megabytes, and
  // waiting for them was most of this loop's time when it went token by token.
  const size_t entry_size = static_cast<size_t>(span_) * L;
  constexpr int kEntryAhead = 2;
  auto prefetch_entry = [&](int j) {
    const char* p = reinterpret_cast<const char*>(&c.sums[s.entries[j] * entry_size]);
    for (size_t b = 0; b < entry_size * sizeof(int32_t); b += 64) __builtin_prefetch(p + b);
  };
  // The context features below read each token's ContextInfo: fetched here too.
  for (int j = 0; j < std::min(n, kEntryAhead); ++j) {
    prefetch_entry(j);
    __builtin_prefetch(s.token_infos[j]);
  }
  for (int j = 0; j < n; ++j) {
    if (j + kEntryAhead < n) {
      prefetch_entry(j + kEntryAhead);
      __builtin_prefetch(s.token_infos[j + kEntryAhead]);
    }
    const int32_t* src = &c.sums[s.entries[j] * entry_size];
    // Row d + window of word j is what it contributes at offset d, to token i = j - d.
    for (int d = -window; d <= window; ++d) {
      const int i = j - d;
      if (i < 0 || i >= n) continue;
      add_to(&s.sums[static_cast<size_t>(i) * L], src + (d + window) * L, L);
    }
  }
  for (int i = 0; i < n; ++i) {
    extractor_.context_features(s.token_infos.data(), n, i, s.hashes);
    target_new(s, static_cast<uint32_t>(i));
  }
  add_rows(s, s.sums.data());
  return decode(n, s);
}

const std::vector<uint8_t>& SequenceLabeler::label_uncached(
    const std::vector<std::string_view>& tokens, TaggingState& s) const {
  const int n = static_cast<int>(tokens.size());
  const size_t L = static_cast<size_t>(labels_.size());
  extractor_.extract(tokens, s.features);
  s.sums.assign(static_cast<size_t>(n) * L, 0);
  s.hashes = s.features.hashes;
  s.targets.clear();
  for (int i = 0; i < n; ++i) {
    s.targets.resize(s.features.offsets[i + 1], static_cast<uint32_t>(i));
  }
  add_rows(s, s.sums.data());
  return decode(n, s);
}

const std::vector<uint8_t>& SequenceLabeler::decode(int n, TaggingState& s) const {
  s.emissions.resize(s.sums.size());
  scale_to(s.emissions.data(), s.sums.data(), s.sums.size(), model_.scale);
  decoder_.decode(s.emissions.data(), n, transitions_, s.path, s.scratch);
  return s.path;
}

std::vector<Chunk> SequenceLabeler::chunks(const std::vector<std::string_view>& tokens,
                                           TaggingState& state) const {
  return labels_.decode(label(tokens, state));
}

}  // namespace lagebild::ner
