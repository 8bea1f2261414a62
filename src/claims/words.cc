#include "claims/words.h"

namespace lagebild::claims {

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + ('a' - 'A'));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // Ä U+00C4, Ö U+00D6, Ü U+00DC -> ä ö ü (second byte + 0x20).
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
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
    Word w;
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
    w.lower = fold_case(w.text);
    w.upper = starts_upper(w.text);
    words.push_back(std::move(w));
  }
  return words;
}

std::string_view words_text(const Document& doc, const std::vector<Word>& w, size_t first,
                            size_t last) {
  return std::string_view(doc.text).substr(w[first].span.begin,
                                           w[last].span.end - w[first].span.begin);
}

}  // namespace lagebild::claims
