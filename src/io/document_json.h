// The output contract: one Document as one line of JSON (see ../shared/DESIGN.md, "Output
// contract", and docs/output.schema.json, which documents every field).
//
// Offsets. Spans inside lagebild are byte offsets into Document::text; here they become Unicode
// code point offsets, end exclusive, so that `text[start:end]` in Python or JavaScript is the
// span. Attribute strings that are empty ("not known") are written as null.
#ifndef LAGEBILD_IO_DOCUMENT_JSON_H_
#define LAGEBILD_IO_DOCUMENT_JSON_H_

#include <cstdint>
#include <string>
#include <vector>

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

// The same object in pieces, for a document analysed in windows (Pipeline::analyze_windows):
// the head is '{' and the members before the layers (id ... date), unclosed;
// append_window_layers adds each window's layers, in the order of window_layer_names, as
// ',' + elements to layers[k] (`base`: code points of the document before the window). The
// object is the head, then for each layer ',"NAME":[' + layers[k] without its first ',' + ']',
// then "}\n" -- byte for byte what append_document_json writes for the same layers.
void append_document_head(const Document& doc, std::string& out);
void append_window_layers(const Document& window, const DocumentJsonOptions& options, uint64_t base,
                          std::vector<std::string>& layers);
std::vector<std::string> window_layer_names(const DocumentJsonOptions& options);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_DOCUMENT_JSON_H_
