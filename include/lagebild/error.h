// lagebild — the one error type at the library boundary.
//
// Following RE2's error_arg, an Error says what went wrong AND where: the file and line of an
// input, the rule of a rule file, the path of a model. The CLI maps `Error::Code` to exit codes,
// the server to HTTP statuses.
#ifndef LAGEBILD_ERROR_H_
#define LAGEBILD_ERROR_H_

#include <cstdint>
#include <stdexcept>
#include <string>

namespace lagebild {

class Error : public std::runtime_error {
 public:
  enum class Code : uint8_t {
    kInvalidInput,  // bad article input: malformed JSON, binary file, unreadable path
    kInvalidData,   // a broken resource: rule file, lexicon, model file
    kUnsupported,   // e.g. a model file written by a newer lagebild
    kNotFound,      // missing file, unknown id
    kStore,         // the database refused
    kInternal,
  };

  // `where` is "FILE", "FILE:LINE" or a rule name; it is prefixed to the message.
  Error(Code code, std::string where, const std::string& message)
      : std::runtime_error(where.empty() ? message : where + ": " + message),
        code_(code),
        where_(std::move(where)) {}

  Code code() const { return code_; }
  const std::string& where() const { return where_; }

 private:
  Code code_;
  std::string where_;
};

}  // namespace lagebild

#endif  // LAGEBILD_ERROR_H_
