#include "io/content_sniff.h"

#include <cstring>

namespace lagebild::io {

std::string binary_reason(std::string_view head, double max_control_ratio) {
  if (head.empty()) return {};
  if (const void* nul = std::memchr(head.data(), '\0', head.size())) {
    return "binary file (NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - head.data()) + ")";
  }
  size_t control = 0;
  for (char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) ++control;
  }
  if (static_cast<double>(control) > max_control_ratio * static_cast<double>(head.size())) {
    return "binary file (" + std::to_string(control) + " control bytes in the first " +
           std::to_string(head.size()) + ")";
  }
  return {};
}

}  // namespace lagebild::io
