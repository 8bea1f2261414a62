// UTF-8 helpers shared by readers, stages and writers: decoding, validation with repair, and the
// byte-offset to code-point-offset conversion the output contract needs.
#ifndef LAGEBILD_TEXT_UTF8_H_
#define LAGEBILD_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at s[pos]. Returns its length in bytes (1-4) and sets `cp`, or
// returns 0 when the bytes there are not well-formed UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF included, as RFC 3629 requires).
size_t decode(std::string_view s, size_t pos, char32_t& cp);

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

// True when the whole string is well-formed UTF-8.
bool is_valid(std::string_view s);

// Copies `in`, replacing each maximal ill-formed subsequence with U+FFFD (the W3C/Unicode
// "substitution of maximal subparts" practice). The byte offsets in `in` where a repair happened
// are appended to `bad_offsets` when it is given.
std::string repair(std::string_view in, std::vector<size_t>* bad_offsets = nullptr);

// Counts code points in valid UTF-8 (continuation bytes are not counted).
size_t count_code_points(std::string_view s);

// Converts byte offsets into a valid UTF-8 text to code point offsets. Built once per text in
// O(n); each lookup is O(1) plus a scan of at most one block.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // `byte_offset` must lie on a code point boundary or at text.size().
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // code points before byte i*kBlock
};

}  // namespace lagebild::utf8

#endif  // LAGEBILD_TEXT_UTF8_H_
