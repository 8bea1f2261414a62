#include "io/json_objects.h"

namespace lagebild::io {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

bool JsonObjects::next_byte(char& c) {
  if (pos_ == chunk_.size()) {
    chunk_ = source_.read_chunk();
    pos_ = 0;
    if (chunk_.empty()) return false;
  }
  c = chunk_[pos_++];
  if (c == '\n') ++line_;
  return true;
}

bool JsonObjects::next(std::string& object, uint64_t& line, std::string& error) {
  object.clear();
  error.clear();
  char c = 0;
  // Find the start of the next object, stepping over the array's brackets and commas.
  for (;;) {
    if (state_ == State::kDone) {
      // Only white space may follow the top-level value.
      while (next_byte(c)) {
        if (!is_space(c)) {
          line = line_;
          error = "unexpected content after the top-level JSON value";
          return false;
        }
      }
      return false;
    }
    if (!next_byte(c)) {
      if (state_ == State::kInArray) {
        line = line_;
        error = "unexpected end of file inside the JSON array";
      }
      state_ = State::kDone;
      return false;
    }
    if (is_space(c)) continue;
    if (state_ == State::kStart && c == '[') {
      state_ = State::kInArray;
      in_array_ = true;
      continue;
    }
    if (state_ == State::kInArray && c == ',') continue;
    if (state_ == State::kInArray && c == ']') {
      state_ = State::kDone;
      continue;
    }
    if (c == '{') break;
    line = line_;
    error = state_ == State::kStart ? "a .json file must hold an object or an array of objects"
                                    : "an element of the JSON array is not an object";
    state_ = State::kDone;
    return false;
  }
  if (state_ == State::kStart) state_ = State::kDone;

  // Copy the object through its matching brace.
  line = line_;
  object.push_back('{');
  int depth = 1;
  bool in_string = false;
  bool escaped = false;
  while (depth > 0) {
    if (!next_byte(c)) {
      error = "unexpected end of file inside a JSON object";
      state_ = State::kDone;
      return false;
    }
    if (object.size() >= max_object_bytes_) {
      error =
          "JSON object larger than the limit of " + std::to_string(max_object_bytes_) + " bytes";
      state_ = State::kDone;
      return false;
    }
    object.push_back(c);
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

}  // namespace lagebild::io
