// Unicode normalisation of article text as it is read: normalize_text() from text.h (NFC, line
// breaks, invisible characters).
#ifndef LAGEBILD_IO_NORMALIZE_BODY_H_
#define LAGEBILD_IO_NORMALIZE_BODY_H_

#include <string>

namespace lagebild::io {

// Replaces `text` (valid UTF-8) by its normalised form. The map back to the original offsets is
// dropped: every offset lagebild reports refers to the normalised text, and keeping the map would
// cost four bytes per byte of text.
void normalize_body(std::string& text);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_NORMALIZE_BODY_H_
