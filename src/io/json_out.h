// A minimal, fast JSON writer appending to a std::string: the output contract is written for
// millions of articles, and building a DOM per article first would cost more than segmenting it.
// The caller is responsible for structure (commas are handled, nesting is not checked).
#ifndef LAGEBILD_IO_JSON_OUT_H_
#define LAGEBILD_IO_JSON_OUT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace lagebild::io {

// Appends `s` (valid UTF-8) as a JSON string literal, quotes included. Escapes only what RFC 8259
// requires (quote, backslash, control characters); everything else is copied as UTF-8.
void append_json_string(std::string& out, std::string_view s);

class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}

  JsonOut& begin_object() { return open('{'); }
  JsonOut& end_object() { return close('}'); }
  JsonOut& begin_array() { return open('['); }
  JsonOut& end_array() { return close(']'); }

  // Starts a member of the current object: the value call that follows completes it.
  JsonOut& key(std::string_view name);

  JsonOut& value(std::string_view s);
  JsonOut& value(const char* s) { return value(std::string_view(s)); }
  JsonOut& integer(uint64_t n);
  JsonOut& number(double x);  // shortest round-trip form; NaN and infinities as null
  JsonOut& boolean(bool b);
  JsonOut& null();
  // The string, or null when it is empty: the contract's way of saying "absent".
  JsonOut& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }

 private:
  JsonOut& open(char c);
  JsonOut& close(char c);
  void separate();

  std::string& out_;
  bool first_ = true;       // no member or element yet at this level
  bool after_key_ = false;  // a key was written and waits for its value
};

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_JSON_OUT_H_
