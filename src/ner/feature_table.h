// Feature hash -> weight row, for tagging. Each slot holds the row's position and length beside
// the key, so a lookup costs one cache miss for the slot and one for the weights (a plain index
// plus an offsets array would cost three): the table is far larger than L2 and these misses are
// most of the tagging time.
#ifndef LAGEBILD_NER_FEATURE_TABLE_H_
#define LAGEBILD_NER_FEATURE_TABLE_H_

#include <cstdint>
#include <vector>

namespace lagebild::ner {

class FeatureTable {
 public:
  struct Row {
    uint32_t begin = 0;  // into ModelData::entries
    uint32_t size = 0;   // 0: unknown feature
  };

  // Builds the table for keys[k] -> [offsets[k], offsets[k+1]).
  void build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets) {
    size_t cap = 16;
    while (cap < 2 * keys.size()) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (size_t k = 0; k < keys.size(); ++k) {
      const uint64_t key = keys[k] ? keys[k] : 1;
      size_t i = key & mask_;
      while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
      slots_[i] = {key, {offsets[k], offsets[k + 1] - offsets[k]}};
    }
  }
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(key ? key : 1) & mask_]);
  }
  Row find(uint64_t key) const {
    if (slots_.empty()) return {};
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].row;
      if (slots_[i].key == 0) return {};
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    Row row;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_FEATURE_TABLE_H_
