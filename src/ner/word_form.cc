#include "ner/word_form.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lagebild::ner {
namespace {

// Decodes the code point at s[i] and advances i; ill-formed bytes come back as U+FFFD.
UChar32 next_code_point(std::string_view s, int32_t& i) {
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : c;
}

void append_code_point(std::string& out, UChar32 c) {
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

char shape_class(UChar32 c) {
  if (c < 0x80) {  // ASCII fast path, same answers as ICU's
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return 0;
  }
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  return 0;  // keep the character itself
}

std::string shape(std::string_view word, int max_run) {
  std::string out;
  char last = 0;
  int run = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const int32_t start = i;
    const UChar32 c = next_code_point(word, i);
    const char cls = shape_class(c);
    if (cls == 0) {
      out.append(word.substr(start, i - start));
      last = 0;
      run = 0;
      continue;
    }
    if (cls == last) {
      if (++run > max_run) continue;
    } else {
      last = cls;
      run = 1;
    }
    out.push_back(cls);
  }
  return out;
}

}  // namespace

std::string to_lower(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // fast path: ASCII
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    append_code_point(out, u_tolower(next_code_point(word, i)));
  }
  return out;
}

std::string short_shape(std::string_view word) {
  return shape(word, 1);
}
std::string long_shape(std::string_view word) {
  return shape(word, 4);
}

std::string_view prefix_code_points(std::string_view word, int n) {
  int32_t i = 0;
  for (int k = 0; k < n && i < static_cast<int32_t>(word.size()); ++k) next_code_point(word, i);
  return word.substr(0, static_cast<size_t>(i));
}

std::string_view suffix_code_points(std::string_view word, int n) {
  size_t i = word.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) --i;
  }
  return word.substr(i);
}

int code_point_length(std::string_view word) {
  int n = 0;
  for (unsigned char c : word) n += (c & 0xC0) != 0x80;
  return n;
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  int32_t i = 0;
  const UChar32 c = next_code_point(word, i);
  return u_isupper(c) || u_istitle(c);
}

bool starts_letter(std::string_view word) {
  if (word.empty()) return false;
  int32_t i = 0;
  return u_isalpha(next_code_point(word, i));
}

bool all_upper(std::string_view word) {
  bool letter = false;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const UChar32 c = next_code_point(word, i);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

}  // namespace lagebild::ner
