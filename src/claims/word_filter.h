// A Bloom filter over the keys of a word table: most words of a text are in none of the small
// lexicons, and a "no" here costs one cheap hash and two bit tests instead of a hash-table lookup
// (std::hash over the string, a division, a bucket chase). A "maybe" still asks the table, so
// the filter never changes a result.
#ifndef LAGEBILD_CLAIMS_WORD_FILTER_H_
#define LAGEBILD_CLAIMS_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lagebild::claims {

class WordFilter {
 public:
  void add(std::string_view word) {
    const uint64_t h = hash(word);
    set(h);
    set(h >> 32);
  }
  bool may_contain(std::string_view word) const {
    const uint64_t h = hash(word);
    return test(h) && test(h >> 32);
  }
  // Every key of a map or set with string keys.
  template <typename Table>
  void add_keys(const Table& table) {
    for (const auto& entry : table) add(key_of(entry));
  }

 private:
  static constexpr size_t kBits = size_t{1} << 16;  // 8 KB: stays in the L1 cache
  static uint64_t hash(std::string_view s) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  template <typename Entry>
  static std::string_view key_of(const Entry& entry) {
    if constexpr (requires { entry.first; }) {
      return entry.first;
    } else {
      return entry;
    }
  }
  void set(uint64_t h) { bits_[(h % kBits) / 64] |= uint64_t{1} << (h % 64); }
  bool test(uint64_t h) const { return (bits_[(h % kBits) / 64] >> (h % 64)) & 1; }

  std::vector<uint64_t> bits_ = std::vector<uint64_t>(kBits / 64, 0);
};

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_WORD_FILTER_H_
