#include "io/text_article.h"

#include "io/given_date.h"
#include "text/utf8.h"

namespace lagebild::io {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a white-space character at the start (or, with `back`, the end) of s, else 0.
size_t space_at(std::string_view s, bool back) {
  if (s.empty()) return 0;
  const char edge = back ? s.back() : s.front();
  if (is_ascii_space(edge)) return 1;
  static constexpr std::string_view kNbsp = "\xC2\xA0";
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  for (std::string_view w : {kNbsp, kBom}) {
    if (back ? s.ends_with(w) : s.starts_with(w)) return w.size();
  }
  return 0;
}

// Closing quotes and brackets that may follow a sentence's final period: „…“ »…« "…" (…).
bool strip_closer(std::string_view& s) {
  for (std::string_view closer :
       {"\"", "'", ")", "]", "\xE2\x80\x9C" /* “ */, "\xE2\x80\x9D" /* ” */, "\xE2\x80\x98" /* ‘ */,
        "\xE2\x80\x99" /* ’ */, "\xC2\xAB" /* « */, "\xC2\xBB" /* » */}) {
    if (s.ends_with(closer)) {
      s.remove_suffix(closer.size());
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view trim_space(std::string_view s) {
  while (size_t n = space_at(s, false)) s.remove_prefix(n);
  while (size_t n = space_at(s, true)) s.remove_suffix(n);
  return s;
}

TextHeader parse_text_header(std::string_view file_text) {
  TextHeader header;
  size_t pos = 0;
  if (file_text.starts_with("\xEF\xBB\xBF")) pos = 3;
  while (pos < file_text.size() && (file_text[pos] == ' ' || file_text[pos] == '\t')) ++pos;
  if (file_text.substr(pos, 4) != "date") return header;
  pos += 4;
  if (pos >= file_text.size() || (file_text[pos] != ' ' && file_text[pos] != '\t')) return header;
  while (pos < file_text.size() && (file_text[pos] == ' ' || file_text[pos] == '\t')) ++pos;
  size_t end = pos;
  while (end < file_text.size() && !is_ascii_space(file_text[end])) ++end;
  const std::string_view value = file_text.substr(pos, end - pos);
  if (!looks_like_date(value)) return header;
  header.present = true;
  header.date = value;
  header.body_begin = end;
  return header;
}

std::string_view find_headline(std::string_view body, size_t max_chars) {
  const size_t nl = body.find('\n');
  if (nl == std::string_view::npos) return {};
  if (trim_space(body.substr(nl)).empty()) return {};
  std::string_view line = trim_space(body.substr(0, nl));
  if (line.empty() || utf8::count_code_points(line) > max_chars) return {};
  bool has_letter = false;
  for (char c : line) {
    const auto b = static_cast<unsigned char>(c);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') has_letter = true;
    if (b >= 0x80) has_letter = true;  // umlauts, ß and other non-ASCII letters
  }
  if (!has_letter) return {};
  std::string_view bare = line;
  while (strip_closer(bare)) {
  }
  bare = trim_space(bare);
  if (bare.empty()) return {};
  const char last = bare.back();
  if (last == '.' || last == ':' || last == ';' || last == ',') return {};
  return line;
}

}  // namespace lagebild::io
