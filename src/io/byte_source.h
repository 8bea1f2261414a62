// A buffered byte stream over a file or standard input, gzip-decompressed on the fly.
//
// zlib's gzread reads plain files transparently, so one code path serves `.txt` and `.txt.gz`,
// and gzip on stdin is recognised by its magic bytes. Lines are found with memchr over a fixed
// buffer and appended to the caller's string, so a line of any length costs linear time and the
// memory of that one line.
#ifndef LAGEBILD_IO_BYTE_SOURCE_H_
#define LAGEBILD_IO_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::io {

class ByteSource {
 public:
  // Opens `path`, or standard input for "-". Throws lagebild::Error naming the path when it
  // cannot be opened.
  explicit ByteSource(const std::string& path);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // The next up to `n` bytes without consuming them (fewer only at the end of the input).
  std::string_view peek(size_t n);

  // Appends the rest of the input to `out` while it stays within `max_bytes`. Returns false
  // (having read at most max_bytes + 1 bytes) when the input is longer.
  bool read_all(std::string& out, size_t max_bytes);

  // Reads one line, without its "\n", into `line` (replacing its content). Returns false at the
  // end of the input. A line longer than `max_bytes` is consumed but not stored: `too_long` is set
  // and `line` holds only its first max_bytes bytes.
  bool read_line(std::string& line, size_t max_bytes, bool& too_long);

  // The buffered bytes (reading more when none are), consumed; empty at the end of the input.
  std::string_view read_chunk();

  // Bytes consumed so far (uncompressed).
  uint64_t position() const { return consumed_; }

 private:
  bool fill();  // reads more into the buffer; false at the end of the input

  std::string path_;
  void* gz_ = nullptr;  // gzFile, kept opaque so that zlib.h stays out of this header
  std::vector<char> buffer_;
  size_t begin_ = 0;  // unconsumed bytes are buffer_[begin_, end_)
  size_t end_ = 0;
  bool eof_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_BYTE_SOURCE_H_
