// The output contract: one Document as one line of JSON (see ../shared/DESIGN.md, "Output
// contract", and docs/output.schema.json, which documents every field).
//
// Offsets. Spans inside lagebild are byte offsets into Document::text; here they become Unicode
// code point offsets, end exclusive, so that `text[start:end]` in Python or JavaScript is the
// span. Attribute strings that are empty ("not known") are written as null.
#ifndef LAGEBILD_IO_DOCUMENT_JSON_H_
#define LAGEBILD_IO_DOCUMENT_JSON_H_

#include <string>

#include <lagebild/document.h>

namespace lagebild::io {

struct DocumentJsonOptions {
  // The token layer is the largest part of the output (about 30 bytes per word): off unless
  // asked for (`analyze --tokens`).
  bool tokens = false;
};

// Appends `doc` as one JSON object and a newline to `out`.
void append_document_json(const Document& doc, const DocumentJsonOptions& options,
                          std::string& out);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_DOCUMENT_JSON_H_
