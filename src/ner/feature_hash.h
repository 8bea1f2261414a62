// Stable 64-bit hashing for feature names, cluster words and self-tests.
//
// The model file stores feature keys as these hashes, so the function must never change for a
// given format version: FNV-1a over the bytes, seeded by a template number, then the SplitMix64
// finaliser to spread the bits (FNV alone clusters short keys in the low bits we index with).
#ifndef LAGEBILD_NER_FEATURE_HASH_H_
#define LAGEBILD_NER_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace lagebild::ner {

inline uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Hash of `text` under template `seed` (a FeatureTemplate number, or 0 for plain words).
inline uint64_t hash_text(uint64_t seed, std::string_view text) {
  uint64_t h = 0xCBF29CE484222325ULL ^ (seed * 0x100000001B3ULL);
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return mix64(h);
}

// Combines a template number with an integer value (cluster ids, buckets, flags).
inline uint64_t hash_value(uint64_t seed, uint64_t value) {
  return mix64(mix64(seed * 0x9E3779B97F4A7C15ULL + 0x51ED27) ^ value);
}

// Combines two hashes (conjunction features: previous word + word).
inline uint64_t hash_pair(uint64_t a, uint64_t b) {
  return mix64(a ^ (b * 0xC2B2AE3D27D4EB4FULL));
}

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_FEATURE_HASH_H_
