// An open-addressing hash table from 64-bit keys (feature and word hashes) to 32-bit values,
// built once at model load and then only read, so any number of threads may share it.
#ifndef LAGEBILD_NER_HASH_INDEX_H_
#define LAGEBILD_NER_HASH_INDEX_H_

#include <cstdint>
#include <vector>

namespace lagebild::ner {

class HashIndex {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // Room for `n` keys at a load factor of at most one half (short probe sequences).
  void reserve(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
  }
  // Inserts or overwrites. Key 0 is reserved for empty slots; the hash functions never give it
  // in practice, and it is remapped to 1 if they do.
  void insert(uint64_t key, uint32_t value) {
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == 0 || slots_[i].key == key) {
        slots_[i] = {key, value};
        return;
      }
    }
  }
  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == 0) return kMissing;
    }
  }
  // Asks the CPU to fetch the key's first slot: issued for all of a sentence's features before
  // the lookups, the cache misses overlap instead of queueing (the table is far larger than L2).
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(key ? key : 1) & mask_]);
  }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kMissing;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_HASH_INDEX_H_
