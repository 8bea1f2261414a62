#include "claims/words.h"
#include "claims/tsv_lines.h"

namespace lagebild::claims {

std::string fold_case(std::string_view s) {
  std::string out;
  fold_case_into(s, out);
  return out;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = static_cast<unsigned char>(s[1]);
    return d == 0x84 || d == 0x96 || d == 0x9C;
  }
  return false;
}

namespace {

enum class QuoteRole { kNone, kOpen, kClose, kEither };

// German news opens with „ (or »), closes with “ (or «); English-style “…” and ASCII "…" occur
// too. A mark that can do both opens when no quotation is open and closes otherwise.
QuoteRole quote_role(std::string_view t) {
  if (t == "\xE2\x80\x9E" || t == "\xC2\xBB") return QuoteRole::kOpen;   // „ »
  if (t == "\xE2\x80\x9D" || t == "\xC2\xAB") return QuoteRole::kClose;  // ” «
  if (t == "\xE2\x80\x9C" || t == "\"") return QuoteRole::kEither;       // “ "
  return QuoteRole::kNone;
}

}  // namespace

std::vector<Word> sentence_words(const Document& doc, const Sentence& sentence,
                                 QuoteState& quotes) {
  std::vector<Word> words;
  words.reserve(sentence.end_token - sentence.first_token);
  for (uint32_t t = sentence.first_token; t < sentence.end_token && t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    Word& w = words.emplace_back();  // built in place: no moves of its strings
    w.span = Span{tok.begin, tok.end};
    w.kind = tok.kind;
    w.text = doc.slice(tok);
    if (tok.kind == TokenKind::kPunctuation || tok.kind == TokenKind::kSymbol) {
      QuoteRole role = quote_role(w.text);
      if (role != QuoteRole::kNone) {
        w.quote_mark = true;
        if (role == QuoteRole::kOpen)
          quotes.open = true;
        else if (role == QuoteRole::kClose)
          quotes.open = false;
        else
          quotes.open = !quotes.open;
      }
    }
    w.in_quote = !w.quote_mark && quotes.open;
    fold_case_into(w.text, w.lower);
    w.upper = starts_upper(w.text);
  }
  return words;
}

void skip_sentence(const Document& doc, const Sentence& sentence, QuoteState& quotes) {
  for (uint32_t t = sentence.first_token; t < sentence.end_token && t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kPunctuation && tok.kind != TokenKind::kSymbol) continue;
    switch (quote_role(doc.slice(tok))) {
      case QuoteRole::kOpen:
        quotes.open = true;
        break;
      case QuoteRole::kClose:
        quotes.open = false;
        break;
      case QuoteRole::kEither:
        quotes.open = !quotes.open;
        break;
      case QuoteRole::kNone:
        break;
    }
  }
}

void fold_case_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + ('a' - 'A'));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
}

std::string_view words_text(const Document& doc, const std::vector<Word>& w, size_t first,
                            size_t last) {
  return std::string_view(doc.text).substr(w[first].span.begin,
                                           w[last].span.end - w[first].span.begin);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (!fields.empty() && !fields.back().empty() && fields.back().back() == '\r') {
    fields.back().pop_back();
  }
  return fields;
}

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t space = s.find(' ', start);
    if (space == std::string::npos) space = s.size();
    if (space > start) words.push_back(s.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace lagebild::claims
