#include "text/utf8.h"

namespace lagebild::utf8 {

size_t decode(std::string_view s, size_t pos, char32_t& cp) {
  const size_t n = s.size();
  if (pos >= n) return 0;
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  auto cont = [&](size_t i) -> int {
    if (pos + i >= n) return -1;
    const auto b = static_cast<unsigned char>(s[pos + i]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    const int c1 = cont(1);
    if (c1 < 0) return 0;
    cp = (char32_t(b0 & 0x1F) << 6) | char32_t(c1);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 < 0 || c2 < 0) return 0;
    // Reject overlong forms (E0 80..9F) and UTF-16 surrogates (ED A0..BF).
    if (b0 == 0xE0 && c1 < 0x20) return 0;
    if (b0 == 0xED && c1 >= 0x20) return 0;
    cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(c1) << 6) | char32_t(c2);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return 0;
    // Reject overlong forms (F0 80..8F) and code points above U+10FFFF (F4 90..BF).
    if (b0 == 0xF0 && c1 < 0x10) return 0;
    if (b0 == 0xF4 && c1 >= 0x10) return 0;
    cp = (char32_t(b0 & 0x07) << 18) | (char32_t(c1) << 12) | (char32_t(c2) << 6) | char32_t(c3);
    return 4;
  }
  return 0;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = decode(s, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string repair(std::string_view in, std::vector<size_t>* bad_offsets) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      out.push_back(in[i++]);
      continue;
    }
    char32_t cp;
    const size_t len = decode(in, i, cp);
    if (len > 0) {
      out.append(in.substr(i, len));
      i += len;
      continue;
    }
    if (bad_offsets != nullptr) bad_offsets->push_back(i);
    append(out, kReplacement);
    // Skip the maximal subpart: the lead byte plus the continuation bytes that could still have
    // belonged to it.
    ++i;
    while (i < in.size() && (static_cast<unsigned char>(in[i]) & 0xC0) == 0x80 &&
           static_cast<unsigned char>(in[i - 1]) >= 0xC0) {
      ++i;
    }
  }
  return out;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / kBlock + 2);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(count);
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  if (text.size() % kBlock == 0) block_start_.push_back(count);
}

uint32_t CodePointIndex::operator()(uint32_t byte_offset) const {
  const uint32_t block = byte_offset / kBlock;
  uint32_t count = block_start_[block];
  for (uint32_t i = block * kBlock; i < byte_offset; ++i) {
    count += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  }
  return count;
}

}  // namespace lagebild::utf8
