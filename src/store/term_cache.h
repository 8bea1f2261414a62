// A word -> index-terms cache shared by every analysis worker of an ingest.
//
// News vocabulary is Zipfian but large: the two news corpora hold ~18 M words of ~510,000
// distinct forms. Per-thread caches of node-based hash maps paid three or four cache misses per
// lookup, and each worker decompounded every new word again. This cache keeps each word once for
// all workers, in flat memory: an open-addressing table of 64-bit slots (32 bits of the hash, 32
// bits of offset) per shard, pointing into that shard's arena, where the word and its terms are
// stored already encoded as prepared_terms.h lays them out (term count, then each term
// length-prefixed). A hit copies those bytes to the output: one probe, one memcpy.
//
// Shards (each with its own mutex) keep the two workers from waiting on each other; a miss
// computes the terms outside the lock. Memory is bounded: a shard whose arena reaches its share of
// the budget starts afresh.
#ifndef LAGEBILD_STORE_TERM_CACHE_H_
#define LAGEBILD_STORE_TERM_CACHE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "store/index_terms.h"

namespace lagebild::store {

class TermCache {
 public:
  // `max_bytes`: the budget of all arenas together.
  explicit TermCache(size_t max_bytes = size_t{64} << 20);
  TermCache(const TermCache&) = delete;
  TermCache& operator=(const TermCache&) = delete;

  // Appends the encoded document terms of `word` to `out`, computing them with `terms` (the
  // caller's own, not shared) on a miss. Thread-safe.
  void append_encoded_terms(std::string_view word, IndexTerms& terms, std::string& out);
  // The hash both append_encoded_terms take (FrontTermCache computes it once for both caches).
  static uint64_t hash(std::string_view word) { return std::hash<std::string_view>{}(word); }
  // The same, with `hash` = hash(word) computed by the caller.
  void append_encoded_terms(std::string_view word, uint64_t hash, IndexTerms& terms,
                            std::string& out);

  // Entries now held (for tests).
  size_t size() const;

 private:
  struct Shard {
    mutable std::mutex mutex;
    std::vector<uint64_t> slots;  // 0: empty; else (hash >> 32) << 32 | (arena offset + 1)
    std::string arena;            // the entries (see term_cache.cc)
    size_t entries = 0;
  };
  static constexpr size_t kShards = 64;

  // The encoded terms stored for `word` in `shard`, or an empty view.
  static std::string_view find(const Shard& shard, std::string_view word, uint64_t hash);
  void insert(Shard& shard, std::string_view word, uint64_t hash, std::string_view encoded);
  static void grow(Shard& shard);

  size_t max_shard_bytes_;
  std::array<Shard, kShards> shards_;
};

// Appends `terms` encoded as prepared_terms.h lays out one word's terms (varint count, then each
// term as varint length and bytes).
void encode_word_terms(const std::vector<std::string>& terms, std::string& out);

void append_varint(uint64_t value, std::string& out);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_TERM_CACHE_H_
