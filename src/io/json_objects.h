// Splits a `.json` file -- one object, or an array of objects -- into its objects without parsing
// them, so that a large array streams like JSON Lines and the objects are parsed on worker threads.
// Only strings, escapes and bracket depth are tracked; each object is validated later by the
// JSON parser in decode_record().
#ifndef LAGEBILD_IO_JSON_OBJECTS_H_
#define LAGEBILD_IO_JSON_OBJECTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/byte_source.h"

namespace lagebild::io {

class JsonObjects {
 public:
  JsonObjects(ByteSource& source, size_t max_object_bytes)
      : source_(source), max_object_bytes_(max_object_bytes) {}

  // The next top-level object (its bytes) and the 1-based line where it starts. Returns false at
  // the end, or when the file is not an object or an array of objects: then `error` is set, with
  // `line` where the problem is, and the rest of the file is abandoned.
  bool next(std::string& object, uint64_t& line, std::string& error);

  // True when the file is an array (its objects are elements, not the whole file).
  bool in_array() const { return in_array_; }

 private:
  bool next_byte(char& c);

  ByteSource& source_;
  size_t max_object_bytes_;
  std::string_view chunk_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
  bool in_array_ = false;
  enum class State : uint8_t { kStart, kInArray, kDone } state_ = State::kStart;
};

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_JSON_OBJECTS_H_
