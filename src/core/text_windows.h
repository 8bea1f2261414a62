// Cutting a very long text into windows of about a given size for Pipeline::analyze_windows.
#ifndef LAGEBILD_CORE_TEXT_WINDOWS_H_
#define LAGEBILD_CORE_TEXT_WINDOWS_H_

#include <cstddef>
#include <string_view>

namespace lagebild::core {

// The end of the window that starts at `begin`: text.size() when the rest fits in `size` bytes,
// else the best cut in the window's second half: after the last paragraph break, else after the
// last sentence end (". ", "! ", "? " and the space), else after the last space, else at a
// character boundary. Entities and time expressions stay within sentences, so they are not cut.
size_t window_end(std::string_view text, size_t begin, size_t size);

}  // namespace lagebild::core

#endif  // LAGEBILD_CORE_TEXT_WINDOWS_H_
