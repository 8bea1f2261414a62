#include "core/text_windows.h"

#include <algorithm>

namespace lagebild::core {

size_t window_end(std::string_view text, size_t begin, size_t size) {
  size = std::max<size_t>(size, 2);
  if (text.size() - begin <= size) return text.size();
  const size_t lo = begin + size / 2, hi = begin + size;  // cut in (lo, hi]
  const std::string_view part = text.substr(lo, hi - lo);
  if (size_t nl = part.rfind('\n'); nl != std::string_view::npos) return lo + nl + 1;
  for (size_t i = part.size(); i-- > 1;) {
    const char c = part[i - 1];
    if (part[i] == ' ' && (c == '.' || c == '!' || c == '?')) return lo + i + 1;
  }
  if (size_t sp = part.rfind(' '); sp != std::string_view::npos) return lo + sp + 1;
  size_t cut = hi;
  while (cut > lo && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace lagebild::core
