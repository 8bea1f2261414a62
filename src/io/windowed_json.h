// The output of a document analysed in windows (Pipeline::analyze_windows), spilled to temporary
// files as it is produced, so that neither its layers nor its JSON are ever held in memory whole.
#ifndef LAGEBILD_IO_WINDOWED_JSON_H_
#define LAGEBILD_IO_WINDOWED_JSON_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <lagebild/document.h>

#include "io/document_json.h"

namespace lagebild::io {

class WindowedJson {
 public:
  explicit WindowedJson(const DocumentJsonOptions& options);
  ~WindowedJson();
  WindowedJson(const WindowedJson&) = delete;
  WindowedJson& operator=(const WindowedJson&) = delete;

  // One analysed window whose text starts at byte `offset` of `doc_text`; windows in order.
  void add(const Document& window, uint32_t offset, const std::string& doc_text);
  // The whole JSON line of `doc` (head from `doc`, layers from the windows) as a payload for
  // write_payload(). Throws lagebild::Error when the temporary files fail.
  std::string finish(const Document& doc);

 private:
  DocumentJsonOptions options_;
  std::vector<std::string> names_;
  std::vector<std::FILE*> spills_;  // one per layer: ',' + elements, ...
  std::vector<std::string> pending_;
  uint64_t base_code_points_ = 0;
  uint32_t base_byte_ = 0;
};

// Writes a payload made by append_document_json or WindowedJson::finish to `out` (and closes the
// latter's file); false when writing fails.
bool write_payload(const std::string& payload, std::FILE* out);

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_WINDOWED_JSON_H_
