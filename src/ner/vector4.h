// Four-lane SIMD values for the tagger's inner loops (GCC/Clang vector extensions: SSE on x86-64,
// NEON on ARM). At -O2 GCC vectorises none of these loops by itself, and tagging spends most
// of its time in them. Loads and stores are unaligned and may start anywhere.
#ifndef LAGEBILD_NER_VECTOR4_H_
#define LAGEBILD_NER_VECTOR4_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace lagebild::ner {

typedef float Float4 __attribute__((vector_size(16)));
typedef int32_t Int4 __attribute__((vector_size(16)));

template <typename V, typename T>
inline V load4(const T* p) {
  V v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename V, typename T>
inline void store4(T* p, V v) {
  std::memcpy(p, &v, sizeof v);
}

// dst[0 .. n) += src[0 .. n)
inline void add_to(int32_t* dst, const int32_t* src, size_t n) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) store4(dst + i, load4<Int4>(dst + i) + load4<Int4>(src + i));
  for (; i < n; ++i) dst[i] += src[i];
}

// dst[0 .. n) = src[0 .. n) * scale
inline void scale_to(float* dst, const int32_t* src, size_t n, float scale) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    store4(dst + i, __builtin_convertvector(load4<Int4>(src + i), Float4) * scale);
  }
  for (; i < n; ++i) dst[i] = static_cast<float>(src[i]) * scale;
}

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_VECTOR4_H_
