// A per-thread cache of encoded word terms in front of the shared TermCache.
//
// The shared cache holds every word of the corpus (~510,000 forms, tens of MB), so a lookup there
// costs two cache misses (slot, then arena) and a mutex: about 150 ns, 3 CPU-seconds for the two
// news corpora. News text is Zipfian: a few thousand word forms make up most of the running words.
// This direct-mapped table of 64-byte slots keeps the form met last per slot, so a frequent word
// costs one hash, one compare and one copy, no lock. A word whose bytes and terms do not fit a
// slot always goes to the shared cache. Misses in one pass over the two news corpora: 4.2 M with
// 8,192 slots, 2.5 M with 32,768, 1.2 M with 131,072. A table larger than the CPU caches costs a
// memory wait per lookup, so callers hash a run of words and prefetch() their slots before they
// look the words up (append_prepared_terms): then 262,144 slots (16 MiB per worker, the default)
// cost no more per hit than 32,768 did, and the fewer shared-cache lookups save ~0.5 CPU-s of
// the workers' ~6 in an ingest of both corpora.
//
// Not thread-safe: one per analysis worker.
#ifndef LAGEBILD_STORE_FRONT_TERM_CACHE_H_
#define LAGEBILD_STORE_FRONT_TERM_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "store/index_terms.h"
#include "store/term_cache.h"

namespace lagebild::store {

class FrontTermCache {
 public:
  // `shared` must outlive this object. `slots` is rounded up to a power of two.
  explicit FrontTermCache(TermCache& shared, size_t slots = 262144);
  FrontTermCache(const FrontTermCache&) = delete;
  FrontTermCache& operator=(const FrontTermCache&) = delete;

  // Appends the encoded document terms of `word` to `out`, exactly as
  // TermCache::append_encoded_terms does; `terms` computes them on a miss of both caches.
  void append_encoded_terms(std::string_view word, IndexTerms& terms, std::string& out);
  // The same with `hash` = TermCache::hash(word), computed by the caller, who may have called
  // prefetch(hash) a while before: a text's words are hashed and their slots fetched into the CPU
  // cache first, then looked up, so that the lookups do not wait for memory one after another.
  void append_encoded_terms(std::string_view word, uint64_t hash, IndexTerms& terms,
                            std::string& out);
  void prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }

 private:
  struct alignas(64) Slot {
    uint32_t tag = 0;  // 0: empty; else the hash's high half with the lowest bit set
    uint8_t word_bytes = 0;
    uint8_t terms_bytes = 0;
    char bytes[58];  // the word, then its encoded terms
  };
  static constexpr size_t kSlotBytes = sizeof(Slot::bytes);

  TermCache& shared_;
  size_t mask_;
  std::unique_ptr<Slot[]> slots_;
};

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_FRONT_TERM_CACHE_H_
