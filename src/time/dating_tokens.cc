#include "time/dating_tokens.h"

#include "text/utf8.h"

namespace lagebild::dating {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

// Latin letters with diacritics, Greek, Cyrillic and the rest of the alphabetic blocks below the
// general punctuation block; × and ÷ are symbols.
bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  return c < 0x2000 || (c >= 0x3040 && c < 0xFFF0);
}

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x410 && c <= 0x42F);
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;  // Cyrillic
  return c;
}

bool is_punct(char32_t c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '"':
    case '\'':
    case '[':
    case ']':
    case '-':
    case '/':
    case 0x201E:
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0xAB:
    case 0xBB:
    case 0x2013:
    case 0x2014:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<DatingToken> tokenize_for_dating(std::string_view text) {
  std::vector<DatingToken> out;
  out.reserve(text.size() / 6);
  size_t i = 0;
  const size_t n = text.size();
  auto at = [&](size_t pos, char32_t& cp) -> size_t {
    if (pos >= n) return 0;
    const size_t len = utf8::decode(text, pos, cp);
    if (len == 0) {
      cp = 0xFFFD;
      return 1;
    }
    return len;
  };
  while (i < n) {
    char32_t c = 0;
    const size_t len = at(i, c);
    if (is_letter(c)) {
      DatingToken t;
      t.begin = static_cast<uint32_t>(i);
      t.kind = DatingToken::Kind::kWord;
      t.capitalised = is_upper(c);
      size_t j = i;
      while (j < n) {
        char32_t d = 0;
        const size_t l = at(j, d);
        if (is_letter(d) || is_digit(d)) {
          utf8::append(t.lower, to_lower(d));
          j += l;
          continue;
        }
        if (d == '-') {  // an inner hyphen joins when a letter or digit follows
          char32_t e = 0;
          if (at(j + 1, e) > 0 && (is_letter(e) || is_digit(e))) {
            t.lower.push_back('-');
            j += 1;
            continue;
          }
        }
        break;
      }
      t.end = static_cast<uint32_t>(j);
      out.push_back(std::move(t));
      i = j;
    } else if (is_digit(c)) {
      DatingToken t;
      t.begin = static_cast<uint32_t>(i);
      t.kind = DatingToken::Kind::kNumber;
      size_t j = i;
      while (j < n) {
        const char d = text[j];
        if (d >= '0' && d <= '9') {
          ++j;
        } else if ((d == '.' || d == ',') && j + 1 < n && text[j + 1] >= '0' &&
                   text[j + 1] <= '9') {
          ++j;
        } else {
          break;
        }
      }
      t.lower.assign(text.substr(i, j - i));
      t.end = static_cast<uint32_t>(j);
      t.period_after = j < n && text[j] == '.';
      out.push_back(std::move(t));
      i = j;
    } else if (is_punct(c)) {
      DatingToken t;
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + len);
      t.kind = DatingToken::Kind::kPunct;
      t.lower.assign(text.substr(i, len));
      out.push_back(std::move(t));
      i += len;
    } else {  // space and symbols separate tokens
      i += len;
    }
  }
  return out;
}

}  // namespace lagebild::dating
