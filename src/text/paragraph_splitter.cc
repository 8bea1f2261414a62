#include "text/paragraph_splitter.h"

#include "text/char_class.h"

namespace lagebild::text {
namespace {

// The start of the last code point before `end` (> 0).
size_t previous_char(std::string_view s, size_t end) {
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool is_sentence_final(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

bool is_closer(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
         cp == 0x2019 || cp == 0x2018 || cp == 0x00AB || cp == 0x00BB || cp == 0x2039 ||
         cp == 0x203A;
}

// Characters a headline does not end with: the line goes on below.
bool is_continuation(char32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == '-' || cp == '(' || cp == '/' ||
         cp == 0x2013 || cp == 0x2014 || cp == 0x201E || cp == '&';
}

// Does the single newline after `line` (trimmed, non-empty) end the paragraph, given the first
// code point of the next line?
bool line_ends_paragraph(std::string_view line, CodePoint next_first,
                         const SegmenterOptions& options, const SegmenterLexicon& lexicon) {
  if (next_first.cls == CharClass::kLower) return false;  // a wrapped sentence goes on
  // The last code point before any closing quotes and brackets.
  size_t end = line.size();
  CodePoint last = char_at(line, previous_char(line, end));
  while (is_closer(last.cp)) {
    end = previous_char(line, end);
    if (end == 0) break;
    last = char_at(line, previous_char(line, end));
  }
  if (is_sentence_final(last.cp)) return options.sentence_end_line_ends_paragraph;
  size_t tag_begin = 0;
  if (ends_with_agency_tag(line, lexicon, tag_begin)) return true;
  if (line.size() > options.headline_max_bytes) return false;
  const CodePoint very_last = char_at(line, previous_char(line, line.size()));
  return !is_continuation(very_last.cp);
}

}  // namespace

bool ends_with_agency_tag(std::string_view line, const SegmenterLexicon& lexicon,
                          size_t& tag_begin) {
  size_t end = line.size();
  if (end > 0 && line[end - 1] == '.') --end;  // "(dpa)."
  if (end == 0 || line[end - 1] != ')') return false;
  const size_t open = line.rfind('(', end - 1);
  if (open == std::string_view::npos || end - open > 40) return false;
  std::string_view inside = line.substr(open + 1, end - open - 2);
  int names = 0;
  size_t i = 0;
  while (i < inside.size()) {
    const char c = inside[i];
    if (c == '/' || c == ',' || c == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < inside.size() &&
           ((inside[j] >= 'a' && inside[j] <= 'z') || (inside[j] >= 'A' && inside[j] <= 'Z'))) {
      ++j;
    }
    if (j == i || !lexicon.is_news_agency(inside.substr(i, j - i))) return false;
    ++names;
    i = j;
  }
  if (names == 0) return false;
  tag_begin = open;
  return true;
}

void split_paragraphs(std::string_view text, const SegmenterOptions& options,
                      const SegmenterLexicon& lexicon, std::vector<Paragraph>& paragraphs) {
  size_t open = std::string_view::npos;  // start of the paragraph being built
  size_t content_end = 0;                // end of its last non-blank line
  auto close = [&] {
    if (open == std::string_view::npos) return;
    Paragraph p;
    p.begin = static_cast<uint32_t>(open);
    p.end = static_cast<uint32_t>(content_end);
    paragraphs.push_back(p);
    open = std::string_view::npos;
  };
  // Trims a line [b, e) to its non-space content; b == e when blank.
  auto trim = [&](size_t& b, size_t& e) {
    while (b < e) {
      const CodePoint c = char_at(text, b);
      if (!is_space(c.cls)) break;
      b += c.length;
    }
    while (e > b) {
      const size_t p = previous_char(text, e);
      if (!is_space(char_at(text, p).cls)) break;
      e = p;
    }
  };
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t newline = text.find('\n', line_begin);
    const bool last_line = newline == std::string_view::npos;
    if (last_line) newline = text.size();
    size_t b = line_begin;
    size_t e = newline;
    trim(b, e);
    if (b == e) {
      close();
    } else {
      if (open == std::string_view::npos) open = b;
      content_end = e;
      if (!last_line) {
        // Look at the next line: blank lines close the paragraph on the next round.
        size_t nb = newline + 1;
        size_t ne = text.find('\n', nb);
        if (ne == std::string_view::npos) ne = text.size();
        trim(nb, ne);
        if (nb < ne &&
            line_ends_paragraph(text.substr(b, e - b), char_at(text, nb), options, lexicon)) {
          close();
        }
      }
    }
    if (last_line) break;
    line_begin = newline + 1;
  }
  close();
}

}  // namespace lagebild::text
