#include "store/term_cache.h"

#include <cstring>

namespace lagebild::store {
namespace {

constexpr size_t kInitialSlots = 1024;  // per shard; a power of two
// Longer words are rare (URLs, garbage) and would crowd the arenas; they are computed each time.
constexpr size_t kMaxCachedWordBytes = 64;
// An entry: the 64-bit hash, the key length (1 byte), the terms length (2 bytes), the key, the
// encoded terms.
constexpr size_t kHeaderBytes = sizeof(uint64_t) + 3;

uint32_t tag_of(uint64_t hash) {
  return static_cast<uint32_t>(hash >> 32);
}

// The table index a hash starts probing at; the low bits chose the shard.
size_t home_of(uint64_t hash, size_t mask) {
  return static_cast<size_t>(hash >> 6) & mask;
}

}  // namespace

void append_varint(uint64_t value, std::string& out) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

void encode_word_terms(const std::vector<std::string>& terms, std::string& out) {
  append_varint(terms.size(), out);
  for (const std::string& term : terms) {
    append_varint(term.size(), out);
    out.append(term);
  }
}

TermCache::TermCache(size_t max_bytes) : max_shard_bytes_(max_bytes / kShards) {
  for (Shard& shard : shards_) shard.slots.assign(kInitialSlots, 0);
}

size_t TermCache::size() const {
  size_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.entries;
  }
  return n;
}

std::string_view TermCache::find(const Shard& shard, std::string_view word, uint64_t hash) {
  const size_t mask = shard.slots.size() - 1;
  const uint32_t tag = tag_of(hash);
  for (size_t i = home_of(hash, mask);; i = (i + 1) & mask) {
    const uint64_t slot = shard.slots[i];
    if (slot == 0) return {};
    if (static_cast<uint32_t>(slot >> 32) != tag) continue;
    const char* entry = shard.arena.data() + static_cast<uint32_t>(slot) - 1;
    const auto key_length = static_cast<unsigned char>(entry[kHeaderBytes - 3]);
    if (key_length != word.size() || std::memcmp(entry + kHeaderBytes, word.data(), key_length)) {
      continue;
    }
    uint16_t terms_length = 0;
    std::memcpy(&terms_length, entry + kHeaderBytes - 2, sizeof terms_length);
    return {entry + kHeaderBytes + key_length, terms_length};
  }
}

void TermCache::grow(Shard& shard) {
  std::vector<uint64_t> slots(shard.slots.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint64_t slot : shard.slots) {
    if (slot == 0) continue;
    uint64_t hash = 0;
    std::memcpy(&hash, shard.arena.data() + static_cast<uint32_t>(slot) - 1, sizeof hash);
    size_t i = home_of(hash, mask);
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  shard.slots = std::move(slots);
}

void TermCache::insert(Shard& shard, std::string_view word, uint64_t hash,
                       std::string_view encoded) {
  if (!find(shard, word, hash).empty()) return;  // another worker was quicker
  if (encoded.size() > UINT16_MAX) return;       // cannot happen for a word of <= 64 bytes
  const size_t entry_bytes = kHeaderBytes + word.size() + encoded.size();
  if (shard.arena.size() + entry_bytes > max_shard_bytes_ && shard.entries > 0) {
    // Bounded memory: start this shard afresh. Frequent words come back at once.
    shard.arena.clear();
    std::fill(shard.slots.begin(), shard.slots.end(), 0);
    shard.entries = 0;
  }
  if ((shard.entries + 1) * 2 > shard.slots.size()) grow(shard);
  const size_t offset = shard.arena.size();
  char header[kHeaderBytes];
  std::memcpy(header, &hash, sizeof hash);
  header[kHeaderBytes - 3] = static_cast<char>(word.size());
  const auto terms_length = static_cast<uint16_t>(encoded.size());
  std::memcpy(header + kHeaderBytes - 2, &terms_length, sizeof terms_length);
  shard.arena.append(header, kHeaderBytes);
  shard.arena.append(word);
  shard.arena.append(encoded);
  const size_t mask = shard.slots.size() - 1;
  size_t i = home_of(hash, mask);
  while (shard.slots[i] != 0) i = (i + 1) & mask;
  shard.slots[i] = (static_cast<uint64_t>(tag_of(hash)) << 32) | (offset + 1);
  ++shard.entries;
}

void TermCache::append_encoded_terms(std::string_view word, IndexTerms& terms, std::string& out) {
  append_encoded_terms(word, hash(word), terms, out);
}

void TermCache::append_encoded_terms(std::string_view word, uint64_t hash, IndexTerms& terms,
                                     std::string& out) {
  if (word.size() > kMaxCachedWordBytes) {  // a URL or garbage: not worth a slot
    encode_word_terms(terms.compute_document_terms(word), out);
    return;
  }
  Shard& shard = shards_[hash % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    std::string_view found = find(shard, word, hash);
    if (!found.empty()) {
      out.append(found);
      return;
    }
  }
  // Stemming and decompounding outside the lock: the other worker goes on meanwhile.
  const size_t start = out.size();
  encode_word_terms(terms.compute_document_terms(word), out);
  std::lock_guard<std::mutex> lock(shard.mutex);
  insert(shard, word, hash, std::string_view(out).substr(start));
}

}  // namespace lagebild::store
