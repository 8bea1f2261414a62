// ASCII-only helpers for fixed keywords (URL schemes, label names), where full Unicode case
// folding would be wasted work.
#ifndef LAGEBILD_TEXT_ASCII_H_
#define LAGEBILD_TEXT_ASCII_H_

#include <string_view>

namespace lagebild {

// True when `a` and `b` are equal ignoring the case of ASCII letters (other bytes must match).
inline bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace lagebild

#endif  // LAGEBILD_TEXT_ASCII_H_
