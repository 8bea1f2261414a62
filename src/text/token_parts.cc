// token_parts(): the hyphen-separated parts of a compound token.
#include "lagebild/text.h"
#include "text/char_class.h"

namespace lagebild {

std::vector<Span> token_parts(std::string_view text, const Token& token) {
  std::vector<Span> parts;
  const std::string_view word = text.substr(token.begin, token.end - token.begin);
  // URLs, domains and e-mail addresses are not compounds: "t-online.de" stays whole. (A period
  // before a letter marks a host name; in "10.000-Einwohner" a digit follows it.)
  bool address = word.find_first_of("@/") != std::string_view::npos;
  for (size_t i = word.find('.'); !address && i != std::string_view::npos && i + 1 < word.size();
       i = word.find('.', i + 1)) {
    const char next = word[i + 1];
    address = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
  }
  if (address) {
    parts.push_back(token);
    return parts;
  }
  uint32_t part_begin = token.begin;
  uint32_t pos = token.begin;
  while (pos < token.end) {
    const text::CodePoint c = text::char_at(text, pos);
    if (c.cls == text::CharClass::kHyphen) {
      if (pos > part_begin) parts.push_back(Span{part_begin, pos});
      part_begin = pos + c.length;
    }
    pos += c.length;
  }
  if (token.end > part_begin) parts.push_back(Span{part_begin, token.end});
  if (parts.empty()) parts.push_back(token);  // a lone hyphen
  return parts;
}

}  // namespace lagebild
