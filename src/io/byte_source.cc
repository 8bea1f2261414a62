#include "io/byte_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

#include <lagebild/error.h>

namespace lagebild::io {
namespace {

// 1 MiB reads keep syscalls and gzread calls rare without holding much memory.
constexpr size_t kChunk = size_t{1} << 20;

gzFile as_gz(void* p) {
  return static_cast<gzFile>(p);
}

}  // namespace

ByteSource::ByteSource(const std::string& path) : path_(path) {
  int fd = 0;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      throw Error(err == ENOENT ? Error::Code::kNotFound : Error::Code::kInvalidInput, path,
                  std::strerror(err));
    }
  } else {
    // gzclose must not close the caller's stdin.
    fd = ::dup(0);
    if (fd < 0) throw Error(Error::Code::kInvalidInput, "<stdin>", std::strerror(errno));
  }
  gzFile gz = ::gzdopen(fd, "rb");
  if (gz == nullptr) {
    ::close(fd);
    throw Error(Error::Code::kInternal, path, "cannot allocate a zlib stream");
  }
  ::gzbuffer(gz, 256 * 1024);
  gz_ = gz;
  buffer_.resize(kChunk);
}

ByteSource::~ByteSource() {
  if (gz_ != nullptr) ::gzclose(as_gz(gz_));
}

bool ByteSource::fill() {
  if (eof_) return false;
  // Move the unconsumed tail to the front, then read after it.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  const size_t room = buffer_.size() - end_;
  const unsigned ask = static_cast<unsigned>(room < kChunk ? room : kChunk);
  const int got = ::gzread(as_gz(gz_), buffer_.data() + end_, ask);
  if (got < 0) {
    int code = 0;
    const char* msg = ::gzerror(as_gz(gz_), &code);
    throw Error(Error::Code::kInvalidInput, path_ == "-" ? "<stdin>" : path_,
                std::string("read error: ") +
                    (code == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "corrupt gzip data")));
  }
  if (got == 0) {
    // gzread reports a gzip stream cut short as a plain end of input; only gzerror tells.
    int code = Z_OK;
    ::gzerror(as_gz(gz_), &code);
    if (code == Z_BUF_ERROR) {
      throw Error(Error::Code::kInvalidInput, path_ == "-" ? "<stdin>" : path_,
                  "truncated gzip data (unexpected end of file)");
    }
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(got);
  return true;
}

std::string_view ByteSource::peek(size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  const size_t have = end_ - begin_;
  return std::string_view(buffer_.data() + begin_, have < n ? have : n);
}

std::string_view ByteSource::read_chunk() {
  if (begin_ == end_ && !fill()) return {};
  const std::string_view chunk(buffer_.data() + begin_, end_ - begin_);
  consumed_ += chunk.size();
  begin_ = end_;
  return chunk;
}

bool ByteSource::read_all(std::string& out, size_t max_bytes) {
  size_t taken = 0;
  for (;;) {
    const size_t have = end_ - begin_;
    const size_t take = have < (max_bytes + 1 - taken) ? have : (max_bytes + 1 - taken);
    out.append(buffer_.data() + begin_, take);
    begin_ += take;
    consumed_ += take;
    taken += take;
    if (taken > max_bytes) return false;
    if (!fill()) return true;
  }
}

bool ByteSource::read_line(std::string& line, size_t max_bytes, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !fill()) return any;
    any = true;
    const char* start = buffer_.data() + begin_;
    const size_t have = end_ - begin_;
    const void* nl = std::memchr(start, '\n', have);
    const size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : have;
    if (!too_long) {
      if (line.size() + len > max_bytes) {
        line.append(start, max_bytes - line.size());
        too_long = true;
      } else {
        line.append(start, len);
      }
    }
    const size_t used = nl ? len + 1 : len;
    begin_ += used;
    consumed_ += used;
    if (nl) return true;
  }
}

}  // namespace lagebild::io
