#include "time/timex_scanner.h"

namespace lagebild::timex {
namespace {

bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_alpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Length of the code point at i when it is a letter-like character (ASCII letter or any
// non-ASCII character outside the punctuation and space blocks), else 0.
size_t letter_len(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return is_ascii_alpha(c) ? 1 : 0;
  if (c == 0xC2) {  // U+0080..U+00BF: NBSP, «, », §, °... are not letters
    return 0;
  }
  if (c == 0xE2) return 0;  // U+2000..U+2FFF: dashes, quotes, spaces, arrows
  if (c == 0xE3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return 0;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= s.size() ? n : s.size() - i;
}

size_t char_len(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= s.size() ? n : s.size() - i;
}

bool is_space_at(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return true;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = s[i + 2];
    return d <= 0x8A || d == 0xAF;  // U+2000..U+200A, U+202F
  }
  return false;
}

}  // namespace

void lower_german(std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z') {
      s[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = s[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) s[i + 1] = static_cast<char>(d + 0x20);  // À..Þ
      ++i;
    }
  }
}

void scan(std::string_view text, Scan& out) {
  out.lower.assign(text);
  lower_german(out.lower);
  out.toks.clear();
  out.toks.reserve(text.size() / 5);
  uint32_t sentence = 0;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = text[i];
    if (is_space_at(text, i)) {
      if (c == '\n' && !out.toks.empty() && out.toks.back().sentence == sentence) ++sentence;
      i += char_len(text, i);
      continue;
    }
    Tok t;
    t.begin = static_cast<uint32_t>(i);
    t.sentence = sentence;
    if (is_digit(c)) {
      t.kind = TokKind::kNumber;
      t.starts_with_digit = true;
      size_t j = i;
      size_t group_start = j;
      int separators = 0;
      while (j < n && is_digit(text[j])) ++j;
      // ISO 8601 date: 2025-09-05 stays one token.
      if (j - i == 4 && j + 6 <= n && text[j] == '-' && is_digit(text[j + 1]) &&
          is_digit(text[j + 2]) && text[j + 3] == '-' && is_digit(text[j + 4]) &&
          is_digit(text[j + 5]) && (j + 6 >= n || !is_digit(text[j + 6]))) {
        j += 6;
        separators = 2;
        group_start = j;
      }
      while (j + 1 < n && (text[j] == '.' || text[j] == ':' || text[j] == ',') &&
             is_digit(text[j + 1])) {
        ++j;
        group_start = j;
        while (j < n && is_digit(text[j])) ++j;
        ++separators;
      }
      // A dot right after one or two digits is an ordinal's ("2.", "5.9.", "20. Jahrhundert").
      if (j < n && text[j] == '.' && j - group_start <= 2 && separators <= 1 &&
          (separators == 0 || text[group_start - 1] == '.')) {
        ++j;
      } else if (j < n && (is_ascii_alpha(text[j]) || letter_len(text, j) > 0 ||
                           (text[j] == '-' && j + 1 < n && letter_len(text, j + 1) > 0))) {
        // "1990er", "154-tägiger", "90-Tage": one word that starts with digits.
        t.kind = TokKind::kWord;
        while (j < n) {
          size_t l = letter_len(text, j);
          if (l > 0) {
            j += l;
          } else if (is_digit(text[j])) {
            ++j;
          } else if (text[j] == '-' && j + 1 < n && letter_len(text, j + 1) > 0) {
            ++j;
          } else {
            break;
          }
        }
      }
      t.end = static_cast<uint32_t>(j);
      i = j;
    } else if (letter_len(text, i) > 0) {
      size_t j = i;
      while (j < n) {
        size_t l = letter_len(text, j);
        if (l > 0) {
          j += l;
        } else if (is_digit(text[j])) {
          ++j;
        } else if ((text[j] == '-' || text[j] == '\'') && j + 1 < n &&
                   (letter_len(text, j + 1) > 0 || is_digit(text[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      t.kind = TokKind::kWord;
      t.end = static_cast<uint32_t>(j);
      i = j;
    } else {
      size_t l = char_len(text, i);
      t.kind = TokKind::kPunct;
      t.end = static_cast<uint32_t>(i + l);
      i += l;
      out.toks.push_back(t);
      if ((c == '.' || c == '!' || c == '?') && (i >= n || is_space_at(text, i))) ++sentence;
      continue;
    }
    out.toks.push_back(t);
  }
}

}  // namespace lagebild::timex
