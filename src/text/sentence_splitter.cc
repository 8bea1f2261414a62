#include "text/sentence_splitter.h"

#include "text/char_class.h"
#include "text/paragraph_splitter.h"

namespace lagebild::text {
namespace {

// What kind of sentence end a token may be.
enum class Terminal : uint8_t {
  kNone,
  kPunctuation,   // . ! ? … ... and runs of them
  kAbbreviation,  // Mrd., ca. (class maybe)
  kListCloser,    // usw., etc. (class often)
};

bool is_opening_bracket(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{';
}

// Quotes and brackets that, glued to a sentence end, close it: „Wir kämpfen.“ Dann ...
bool can_close(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'' || cp == 0x201C ||
         cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x2039 || cp == 0x203A;
}

// Punctuation after which a sentence goes on: „Wohin?“, fragte er. — „Nein!“ – so der Minister.
bool continues_sentence(char32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == ')' || cp == ']' || cp == '}' || cp == '-' ||
         cp == 0x2013 || cp == 0x2014 || cp == 0x2026 || cp == '.' || cp == '!' || cp == '?' ||
         cp == '/';
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens,
           const std::vector<AbbreviationClass>& classes, const SegmenterLexicon& lexicon)
      : text_(text), tokens_(tokens), classes_(classes), lexicon_(lexicon) {}

  char32_t first_cp(uint32_t i) const { return char_at(text_, tokens_[i].begin).cp; }
  std::string_view slice(uint32_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool glued(uint32_t i) const { return tokens_[i].begin == tokens_[i - 1].end; }

  Terminal terminal(uint32_t i, uint32_t first) const {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::kAbbreviation) {
      if (classes_[i] == AbbreviationClass::kMaybe) return Terminal::kAbbreviation;
      if (classes_[i] == AbbreviationClass::kOften) return Terminal::kListCloser;
      return Terminal::kNone;
    }
    if (t.kind != TokenKind::kPunctuation) return Terminal::kNone;
    const char32_t cp = first_cp(i);
    if (cp == '!' || cp == '?') return Terminal::kPunctuation;
    if (cp == '.' || cp == 0x2026) {
      // "(…)" and "[...]" mark an omission inside a quotation, not an end.
      if (t.size() > 1 || cp == 0x2026) {
        if (i > first && glued(i) && is_opening_bracket(first_cp(i - 1))) return Terminal::kNone;
      }
      return Terminal::kPunctuation;
    }
    return Terminal::kNone;
  }

  // Does a sentence that ended with `kind` give way to tokens_[next]?
  bool starts_sentence(uint32_t next, Terminal kind) const {
    const Token& t = tokens_[next];
    const CodePoint c = char_at(text_, t.begin);
    if (c.cls == CharClass::kLower) return false;
    if (t.kind == TokenKind::kPunctuation && continues_sentence(c.cp)) return false;
    switch (kind) {
      case Terminal::kPunctuation:
        return true;
      case Terminal::kListCloser:
        return c.cls == CharClass::kUpper || t.kind == TokenKind::kPunctuation;
      case Terminal::kAbbreviation:
        if (c.cls == CharClass::kUpper) return lexicon_.is_sentence_starter(slice(next));
        return t.kind == TokenKind::kPunctuation && !can_close(c.cp) && c.cp != '(';
      case Terminal::kNone:
        break;
    }
    return false;
  }

  const std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<AbbreviationClass>& classes_;
  const SegmenterLexicon& lexicon_;
};

void add_sentence(const std::vector<Token>& tokens, uint32_t first, uint32_t end,
                  std::vector<Sentence>& sentences) {
  if (first >= end) return;
  Sentence s;
  s.begin = tokens[first].begin;
  s.end = tokens[end - 1].end;
  s.first_token = first;
  s.end_token = end;
  sentences.push_back(s);
}

// The index of the "(" of an agency tag closing the paragraph, or `end` when there is none.
uint32_t agency_tag_start(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                          uint32_t end, const SegmenterLexicon& lexicon) {
  const std::string_view paragraph =
      text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin);
  size_t tag_begin = 0;
  if (!ends_with_agency_tag(paragraph, lexicon, tag_begin)) return end;
  const uint32_t offset = tokens[first].begin + static_cast<uint32_t>(tag_begin);
  for (uint32_t i = end; i-- > first;) {
    if (tokens[i].begin == offset) return i;
  }
  return end;
}

}  // namespace

void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<AbbreviationClass>& classes, uint32_t first, uint32_t end,
                     const SegmenterOptions& options, const SegmenterLexicon& lexicon,
                     std::vector<Sentence>& sentences) {
  if (first >= end) return;
  const Splitter splitter(text, tokens, classes, lexicon);
  const uint32_t tag =
      options.agency_tag_is_sentence ? agency_tag_start(text, tokens, first, end, lexicon) : end;
  uint32_t start = first;
  uint32_t i = first;
  while (i < end) {
    if (i == tag && start < tag) {  // "... beteiligt. (dpa)": the tag stands alone
      add_sentence(tokens, start, tag, sentences);
      start = tag;
    }
    Terminal kind = splitter.terminal(i, first);
    if (kind == Terminal::kNone) {
      ++i;
      continue;
    }
    // Glued closing quotes and brackets, and more end punctuation, belong to this sentence.
    uint32_t next = i + 1;
    while (next < end && next < tag && splitter.glued(next)) {
      const Terminal more = splitter.terminal(next, first);
      if (more == Terminal::kPunctuation) {
        kind = more;  // "s.u.." or "usw.!": the period after the abbreviation ends the sentence
      } else if (!can_close(splitter.first_cp(next))) {
        break;
      }
      ++next;
    }
    if (next < end && next != tag && splitter.starts_sentence(next, kind)) {
      add_sentence(tokens, start, next, sentences);
      start = next;
    }
    i = next;
  }
  add_sentence(tokens, start, end, sentences);
}

}  // namespace lagebild::text
