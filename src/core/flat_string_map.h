// FlatStringMap: a string-keyed hash map for the lexicons the analysis stages consult for every
// word (time-expression rules, office titles, event verbs and nouns). Built once, then only read.
//
// Why not std::unordered_map: a lookup there hashes with std::hash, takes a modulo by a prime,
// then follows a bucket pointer to a node and compares its string, two or three dependent
// cache misses per word, and most words of a text are not in any lexicon. Here a lookup hashes
// eight bytes at a time and reads one 8-byte slot that holds 32 bits of the key's hash: a word
// that is not in the map is nearly always turned away without touching any key.
//
// The subset of std::unordered_map's interface the stages use, with heterogeneous lookup by
// std::string_view. Elements live in a std::deque, so references to them stay valid while the
// map grows, and iteration follows insertion order (deterministic, unlike std::unordered_map's).
// There is no erase.
#ifndef LAGEBILD_CORE_FLAT_STRING_MAP_H_
#define LAGEBILD_CORE_FLAT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace lagebild {

// 64-bit hash of a short string, eight bytes per step (not stable across versions: never store
// it).
inline uint64_t fast_string_hash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 0x243F6A8885A308D3ULL ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h = (h ^ (h >> 32)) * 0xD6E8FEB86659FD93ULL;
  return h ^ (h >> 32);
}

template <typename V>
class FlatStringMap {
 public:
  using key_type = std::string;
  using mapped_type = V;
  using value_type = std::pair<const std::string, V>;
  using iterator = typename std::deque<value_type>::iterator;
  using const_iterator = typename std::deque<value_type>::const_iterator;

  iterator begin() { return elements_.begin(); }
  iterator end() { return elements_.end(); }
  const_iterator begin() const { return elements_.begin(); }
  const_iterator end() const { return elements_.end(); }
  size_t size() const { return elements_.size(); }
  bool empty() const { return elements_.empty(); }

  iterator find(std::string_view key) {
    const size_t i = index_of(key);
    return i == kNone ? end() : elements_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  const_iterator find(std::string_view key) const {
    const size_t i = index_of(key);
    return i == kNone ? end() : elements_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  size_t count(std::string_view key) const { return index_of(key) == kNone ? 0 : 1; }
  bool contains(std::string_view key) const { return index_of(key) != kNone; }

  const V& at(std::string_view key) const {
    const size_t i = index_of(key);
    if (i == kNone) throw std::out_of_range("FlatStringMap::at: no such key");
    return elements_[i].second;
  }

  // Inserts (key, V(args...)) unless the key is there; returns the element and whether it was
  // inserted, as std::unordered_map::try_emplace does.
  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if (slots_.empty()) rehash(16);
    const uint64_t h = fast_string_hash(key);
    size_t slot = 0;
    const size_t i = probe(key, h, slot);
    if (i != kNone) return {elements_.begin() + static_cast<std::ptrdiff_t>(i), false};
    elements_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                           std::forward_as_tuple(std::forward<Args>(args)...));
    slots_[slot] = make_slot(h, elements_.size() - 1);
    if (2 * elements_.size() > slots_.size()) rehash(2 * slots_.size());
    return {std::prev(elements_.end()), true};
  }
  template <typename K, typename Value>
  std::pair<iterator, bool> emplace(K&& key, Value&& value) {
    return try_emplace(std::string_view(key), std::forward<Value>(value));
  }
  std::pair<iterator, bool> insert(const value_type& element) {
    return try_emplace(element.first, element.second);
  }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }

 private:
  static constexpr size_t kNone = ~size_t{0};
  // A slot: the element's index + 1 in the low 32 bits (0: empty), the hash's high 32 bits above.
  static uint64_t make_slot(uint64_t h, size_t index) {
    return (h & 0xFFFFFFFF00000000ULL) | static_cast<uint64_t>(index + 1);
  }

  // The element's index (kNone: absent); `slot` is where it is or would go. Needs slots.
  size_t probe(std::string_view key, uint64_t h, size_t& slot) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t check = h & 0xFFFFFFFF00000000ULL;
    for (slot = h & mask;; slot = (slot + 1) & mask) {
      const uint64_t s = slots_[slot];
      if (s == 0) return kNone;
      if ((s & 0xFFFFFFFF00000000ULL) == check) {
        const size_t i = static_cast<size_t>(s & 0xFFFFFFFFULL) - 1;
        if (elements_[i].first == key) return i;
      }
    }
  }
  size_t index_of(std::string_view key) const {
    if (slots_.empty()) return kNone;
    size_t slot = 0;
    return probe(key, fast_string_hash(key), slot);
  }
  void rehash(size_t capacity) {
    slots_.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < elements_.size(); ++i) {
      const uint64_t h = fast_string_hash(elements_[i].first);
      size_t slot = h & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = make_slot(h, i);
    }
  }

  std::deque<value_type> elements_;
  std::vector<uint64_t> slots_;  // open addressing, power-of-two size, at most half full
};

}  // namespace lagebild

#endif  // LAGEBILD_CORE_FLAT_STRING_MAP_H_
