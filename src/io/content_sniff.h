// Tells binary files from text by their first bytes, before anything is decoded.
#ifndef LAGEBILD_IO_CONTENT_SNIFF_H_
#define LAGEBILD_IO_CONTENT_SNIFF_H_

#include <string>
#include <string_view>

namespace lagebild::io {

// Why `head` (the first bytes of a file) looks binary, or an empty string when it looks like
// text: a NUL byte (UTF-16, executables, images, archives), or more than `max_control_ratio` of
// control bytes other than tab, line feed, carriage return and form feed.
std::string binary_reason(std::string_view head, double max_control_ratio);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_CONTENT_SNIFF_H_
