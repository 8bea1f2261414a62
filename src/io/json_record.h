// One JSON article record -> Document fields. The reader's JSON schema is the corpora's:
// `id, source, url, date, title, text`; `text` is required and must be a string, every field
// other than id, title, text and date is kept in Document::metadata (strings as they are, other
// values as compact JSON).
#ifndef LAGEBILD_IO_JSON_RECORD_H_
#define LAGEBILD_IO_JSON_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include <lagebild/document.h>

namespace lagebild::io {

// Fills id (when the record has one), title, text, metadata and date of `doc`. Returns false with
// `error` set when the record is not an article (malformed JSON, not an object, no string
// `text`); problems that still leave an article (an unreadable date, a non-string title) are
// appended to `warnings`.
bool read_json_record(std::string_view json, Document& doc, std::string& error,
                      std::vector<std::string>& warnings);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_JSON_RECORD_H_
