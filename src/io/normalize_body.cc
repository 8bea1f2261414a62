#include "io/normalize_body.h"

#include <lagebild/text.h>

namespace lagebild::io {

void normalize_body(std::string& text) {
  NormalizedText normalized = normalize_text(text);
  // The identity map means nothing changed: keep the string we have.
  if (!normalized.original_offset.empty()) text = std::move(normalized.text);
}

}  // namespace lagebild::io
