// Feature hash -> weight row, for tagging. Each slot holds the row's position and length beside
// a check value of the key, so a lookup costs one cache miss for the slot and one for the
// weights (a plain index plus an offsets array would cost three): the table is far larger than
// L2 and these misses are most of the tagging time. Slots are 8 bytes, so that twice as many
// fit in the caches: the slot's position gives the key's low bits, the check holds its high
// 32 bits. An unknown feature is thus taken for a known one only when 52 or more of its 64 hash
// bits agree, about once in 10^9 lookups: as harmless as the hashing of features itself.
//
// Rows with many weights (the bias, shapes, flags, frequent suffixes: a few thousand features,
// but nine in ten of the weights a tagged token adds up) are also kept dense, as int32 scores
// for every label, so that adding one is a few SIMD additions instead of a scatter per weight.
#ifndef LAGEBILD_NER_FEATURE_TABLE_H_
#define LAGEBILD_NER_FEATURE_TABLE_H_

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace lagebild::ner {

// One non-zero weight of a feature row: the label it votes for and its quantised value.
struct WeightEntry {
  uint8_t label = 0;
  int16_t value = 0;
};

class FeatureTable {
 public:
  struct Row {
    uint32_t begin = 0;  // into ModelData::entries; for a dense row, the dense row's number
    uint32_t size = 0;   // 0: unknown feature; kDense: a dense row
  };

  // Rows start below 2^25 and hold at most 127 weights (labels).
  static constexpr uint32_t kSizeBits = 7;
  static constexpr uint32_t kDense = (1u << kSizeBits) - 1;
  static constexpr uint32_t kMaxRowSize = kDense - 1;
  // Rows with at least this many weights are kept dense.
  static constexpr uint32_t kDenseFrom = 16;
  static constexpr uint32_t kMaxBegin = (1u << (32 - kSizeBits)) - 1;

  // Builds the table for keys[k] -> entries[offsets[k] .. offsets[k+1]), weights of `labels`
  // labels; keys with empty rows are left out. Throws std::length_error for a model beyond the
  // limits above.
  void build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets,
             const std::vector<WeightEntry>& entries, int labels) {
    size_t cap = 1024;
    while (cap < 2 * keys.size()) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    stride_ = (static_cast<size_t>(labels) + 15) / 16 * 16;  // whole cache lines
    dense_.clear();
    for (size_t k = 0; k < keys.size(); ++k) {
      uint32_t begin = offsets[k], size = offsets[k + 1] - offsets[k];
      if (size == 0) continue;
      if (size > kMaxRowSize) throw std::length_error("NER model: too many labels");
      if (size >= kDenseFrom) {
        const size_t row = dense_.size() / stride_;
        dense_.resize(dense_.size() + stride_, 0);
        for (uint32_t e = begin; e < begin + size; ++e) {
          dense_[row * stride_ + entries[e].label] += entries[e].value;
        }
        begin = static_cast<uint32_t>(row);
        size = kDense;
      }
      if (begin > kMaxBegin) throw std::length_error("NER model too large for the feature table");
      size_t i = keys[k] & mask_;
      while (slots_[i].row != 0) i = (i + 1) & mask_;
      slots_[i] = {check(keys[k]), (begin << kSizeBits) | size};
    }
  }

  // The scores of dense row `row` (Row::begin of a kDense row), one per label.
  const int32_t* dense_row(uint32_t row) const { return &dense_[row * stride_]; }

  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key & mask_]);
  }

  Row find(uint64_t key) const {
    if (slots_.empty()) return {};
    const uint32_t c = check(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.row == 0) return {};
      if (s.check == c) return {s.row >> kSizeBits, s.row & kDense};
    }
  }

 private:
  static uint32_t check(uint64_t key) { return static_cast<uint32_t>(key >> 32); }

  struct Slot {
    uint32_t check = 0;
    uint32_t row = 0;  // begin << kSizeBits | size; 0 = empty slot (rows are never empty)
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<int32_t> dense_;  // dense rows, `stride_` apart
  size_t stride_ = 0;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_FEATURE_TABLE_H_
