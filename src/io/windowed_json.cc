#include "io/windowed_json.h"

#include <cstring>

#include <lagebild/error.h>

#include "text/utf8.h"

namespace lagebild::io {
namespace {

// A spilled payload: this byte (never the start of a JSON line), then the FILE* it is in.
constexpr char kSpilled = '\x01';

std::FILE* temporary() {
  std::FILE* f = std::tmpfile();
  if (f == nullptr) {
    throw Error(Error::Code::kInternal, "output",
                "cannot create a temporary file for a long "
                "document");
  }
  return f;
}

void put(std::FILE* f, const char* data, size_t size) {
  if (size > 0 && std::fwrite(data, 1, size, f) != size) {
    throw Error(Error::Code::kInternal, "output", "cannot write a temporary file");
  }
}

// Appends the rest of `from` (rewound first) to `to`, skipping `skip` leading bytes.
void copy(std::FILE* from, std::FILE* to, size_t skip) {
  std::rewind(from);
  std::vector<char> buffer(size_t{1} << 20);
  while (size_t n = std::fread(buffer.data(), 1, buffer.size(), from)) {
    const size_t drop = std::min(skip, n);
    skip -= drop;
    put(to, buffer.data() + drop, n - drop);
  }
}

}  // namespace

WindowedJson::WindowedJson(const DocumentJsonOptions& options)
    : options_(options), names_(window_layer_names(options)) {
  for (size_t k = 0; k < names_.size(); ++k) spills_.push_back(temporary());
}

WindowedJson::~WindowedJson() {
  for (std::FILE* f : spills_) std::fclose(f);
}

void WindowedJson::add(const Document& window, uint32_t offset, const std::string& doc_text) {
  base_code_points_ +=
      utf8::count_code_points(std::string_view(doc_text).substr(base_byte_, offset - base_byte_));
  base_byte_ = offset;
  for (std::string& p : pending_) p.clear();
  append_window_layers(window, options_, base_code_points_, pending_);
  for (size_t k = 0; k < pending_.size(); ++k)
    put(spills_[k], pending_[k].data(), pending_[k].size());
}

std::string WindowedJson::finish(const Document& doc) {
  std::FILE* out = temporary();
  std::string part;
  append_document_head(doc, part);
  put(out, part.data(), part.size());
  part = std::string();
  for (size_t k = 0; k < names_.size(); ++k) {
    part = ",\"" + names_[k] + "\":[";
    put(out, part.data(), part.size());
    std::fflush(spills_[k]);
    copy(spills_[k], out, 1);  // the first element's ','
    put(out, "]", 1);
  }
  put(out, "}\n", 2);
  if (std::fflush(out) != 0)
    throw Error(Error::Code::kInternal, "output", "cannot write a temporary file");
  std::string payload(1 + sizeof out, kSpilled);
  std::memcpy(payload.data() + 1, &out, sizeof out);
  return payload;
}

bool write_payload(const std::string& payload, std::FILE* out) {
  if (payload.size() != 1 + sizeof(std::FILE*) || payload[0] != kSpilled) {
    return std::fwrite(payload.data(), 1, payload.size(), out) == payload.size();
  }
  std::FILE* f = nullptr;
  std::memcpy(&f, payload.data() + 1, sizeof f);
  bool ok = true;
  try {
    copy(f, out, 0);
  } catch (const Error&) {
    ok = false;
  }
  std::fclose(f);
  return ok;
}

}  // namespace lagebild::io
