// The parts of a plain-text article file: the metadata header and the headline.
//
// Header: the file opens with "date" and a value, optionally after white space:
//   " date 2023-05 Die russische Armee hat ..."   (body on the same line)
//   "date 2024-11-02\n\nBlinken kündigt ..."
// The header ends at the first space or line break after the value. It is recognised only when
// the value is shaped like a date, so a body that happens to begin with the word "date" is left
// alone.
//
// Headline: the first line of the body when it reads as one -- short, with at least one letter,
// not closed by a period (or a colon, semicolon or comma: those introduce or continue a
// sentence), and followed by a line break and more text. The headline stays in the body.
#ifndef LAGEBILD_IO_TEXT_ARTICLE_H_
#define LAGEBILD_IO_TEXT_ARTICLE_H_

#include <cstddef>
#include <string_view>

namespace lagebild::io {

struct TextHeader {
  bool present = false;   // a header was found (and must not be part of the body)
  std::string_view date;  // its value as written, e.g. "2023-05"
  size_t body_begin = 0;  // where the body starts in the file text
};

TextHeader parse_text_header(std::string_view file_text);

// `s` without leading and trailing white space (ASCII white space, NBSP and a byte-order mark).
std::string_view trim_space(std::string_view s);

// The headline at the start of `body` (already trimmed), or an empty view when there is none.
std::string_view find_headline(std::string_view body, size_t max_chars);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_TEXT_ARTICLE_H_
