#include "text/tokenizer.h"
#include "text/ascii.h"

#include <string>

#include "text/char_class.h"

namespace lagebild::text {
namespace {

// Top-level domains that make "tagesschau.de" one token; a period before anything else ends a
// word. Short on purpose: "Ende.Die" (a missing space) must stay two words.
constexpr std::string_view kTopLevelDomains[] = {
    "de", "at", "ch", "com", "org", "net", "eu", "info", "gov", "edu", "int",    "io",  "ru",
    "ua", "uk", "fr", "it",  "pl",  "nl",  "be", "us",   "by",  "tv",  "online", "news"};

// Words after a truncated compound ("Staats- und Regierungschefs") that keep its hyphen.
constexpr std::string_view kTruncationJoiners[] = {"und", "oder", "bzw",  "sowie", "bis",
                                                   "als", "wie",  "noch", "statt"};

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

class Scanner {
 public:
  Scanner(std::string_view text, Span range, const SegmenterLexicon& lexicon,
          std::vector<Token>& tokens, std::vector<AbbreviationClass>& classes)
      : text_(text.substr(0, range.end)),
        begin_(range.begin),
        lexicon_(lexicon),
        tokens_(tokens),
        classes_(classes),
        first_token_(tokens.size()) {}

  void run() {
    size_t pos = begin_;
    while (pos < text_.size()) {
      const CodePoint c = char_at(text_, pos);
      switch (c.cls) {
        case CharClass::kSpace:
        case CharClass::kNewline:
          pos += c.length;
          break;
        case CharClass::kUpper:
        case CharClass::kLower:
        case CharClass::kLetter:
        case CharClass::kDigit:
          pos = scan_word(pos);
          break;
        case CharClass::kPeriod:
          pos = emit_run(pos, '.', 1);
          break;
        case CharClass::kHyphen:
          pos = emit_run(pos, '-', c.length);
          break;
        case CharClass::kPunctuation:
          if (c.cp == '!' || c.cp == '?') {
            pos = scan_exclamations(pos);
          } else {
            emit(pos, pos + c.length, TokenKind::kPunctuation);
            pos += c.length;
          }
          break;
        case CharClass::kApostrophe:
          emit(pos, pos + c.length, TokenKind::kPunctuation);
          pos += c.length;
          break;
        case CharClass::kMark:
        case CharClass::kSymbol:
          pos = scan_symbol(pos);
          break;
      }
    }
  }

 private:
  void emit(size_t b, size_t e, TokenKind kind, AbbreviationClass cls = AbbreviationClass::kNone) {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    tokens_.push_back(t);
    classes_.push_back(cls);
  }

  CharClass class_at(size_t pos) const {
    return pos < text_.size() ? char_at(text_, pos).cls : CharClass::kSpace;
  }

  // "...", "--": a run of one ASCII character as one punctuation token. `length` is the length
  // of the first character (a Unicode hyphen is not part of a run).
  size_t emit_run(size_t pos, char ch, size_t length) {
    size_t end = pos + length;
    if (length == 1) {
      while (end < text_.size() && text_[end] == ch) ++end;
    }
    emit(pos, end, TokenKind::kPunctuation);
    return end;
  }

  // "?", "!", "?!", "!!!": one token.
  size_t scan_exclamations(size_t pos) {
    size_t end = pos + 1;
    while (end < text_.size() && (text_[end] == '!' || text_[end] == '?')) ++end;
    emit(pos, end, TokenKind::kPunctuation);
    return end;
  }

  // A symbol with what visually belongs to it: combining marks, variation selectors, emoji
  // modifiers and zero-width-joiner sequences (one emoji, one token).
  size_t scan_symbol(size_t pos) {
    CodePoint c = char_at(text_, pos);
    size_t end = pos + c.length;
    char32_t previous = c.cp;
    while (end < text_.size()) {
      const CodePoint n = char_at(text_, end);
      const bool joins = n.cls == CharClass::kMark || (n.cp >= 0x1F3FB && n.cp <= 0x1F3FF) ||
                         (previous == 0x200D && n.cls == CharClass::kSymbol);
      if (!joins) break;
      previous = n.cp;
      end += n.length;
    }
    // A stray mark right after a token (a combining accent after a space-less symbol) joins it.
    if (c.cls == CharClass::kMark && !tokens_.empty() && tokens_.size() > first_token_ &&
        tokens_.back().end == pos) {
      tokens_.back().end = static_cast<uint32_t>(end);
      return end;
    }
    emit(pos, end, TokenKind::kSymbol);
    return end;
  }

  // Words and numbers, and the decisions about what follows them.
  size_t scan_word(size_t start) {
    const bool starts_digit = class_at(start) == CharClass::kDigit;
    bool has_letter = false;
    bool has_hyphen = false;
    CharClass prev = CharClass::kSpace;
    size_t pos = start;
    CodePoint c;
    while (pos < text_.size()) {
      c = char_at(text_, pos);
      if (is_alnum(c.cls)) {
        has_letter |= c.cls != CharClass::kDigit;
        prev = c.cls;
        pos += c.length;
        continue;
      }
      if (c.cls == CharClass::kMark) {
        pos += c.length;
        continue;
      }
      const size_t next = pos + c.length;
      const CharClass after = class_at(next);
      if (c.cls == CharClass::kHyphen && is_alnum(prev) && is_alnum(after)) {
        has_hyphen = true;
        prev = CharClass::kHyphen;
        pos = next;
        continue;
      }
      if (c.cls == CharClass::kApostrophe && is_letter(prev) && is_letter(after)) {
        prev = CharClass::kApostrophe;
        pos = next;
        continue;
      }
      if ((c.cp == '.' || c.cp == ',' || c.cp == ':') && prev == CharClass::kDigit &&
          after == CharClass::kDigit) {
        prev = CharClass::kPunctuation;
        pos = next;
        continue;
      }
      break;
    }
    const std::string_view word = text_.substr(start, pos - start);
    const char stop = pos < text_.size() ? text_[pos] : '\0';

    if (stop == ':' && (ascii_iequals(word, "http") || ascii_iequals(word, "https")) &&
        text_.substr(pos, 3) == "://") {
      return emit_url(start, pos + 3);
    }
    if (stop == '@' || (stop == '.' && pos + 1 < text_.size() && is_ascii_alnum(text_[pos + 1]))) {
      if (const size_t end = scan_email(start); end != 0) {
        emit(start, end, TokenKind::kWord);
        return end;
      }
    }
    if (stop == '.') {
      if (ascii_iequals(word, "www") && pos + 1 < text_.size() && is_ascii_alnum(text_[pos + 1])) {
        return emit_url(start, pos + 1);
      }
      if (!starts_digit && !has_hyphen) {
        if (const size_t end = scan_abbreviation(start, pos); end != 0) return end;
      }
      if (pos + 1 < text_.size() && is_ascii_lower(text_[pos + 1])) {
        if (const size_t end = scan_domain(start); end != 0) return emit_url(start, end);
      }
      if (starts_digit && !has_letter && !has_hyphen && is_ordinal(word, pos)) {
        emit(start, pos + 1, TokenKind::kOrdinal);
        return pos + 1;
      }
    }
    if (c.cls == CharClass::kHyphen && pos < text_.size() && is_letter(prev) &&
        keeps_truncation_hyphen(pos + c.length)) {
      pos += c.length;  // "Staats-" in "Staats- und Regierungschefs"
    }
    const TokenKind kind = starts_digit && !has_letter ? TokenKind::kNumber : TokenKind::kWord;
    emit(start, pos, kind);
    return pos;
  }

  // After a hyphen that ends a word: is the next thing "und"/"oder"/... or a comma?
  bool keeps_truncation_hyphen(size_t pos) const {
    if (pos < text_.size() && (text_[pos] == ',' || text_[pos] == '/')) return true;
    if (pos >= text_.size() || text_[pos] != ' ') return false;
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    size_t end = pos;
    while (end < text_.size() && is_ascii_lower(text_[end])) ++end;
    const std::string_view next = text_.substr(pos, end - pos);
    for (std::string_view joiner : kTruncationJoiners) {
      if (next == joiner) return true;
    }
    return false;
  }

  // The word ending at `period` (text_[period] == '.'): an abbreviation? Tries, longest first,
  // the compact multi-part form ("z.B."), the spaced multi-part form ("z. B.", emitted as one
  // token per part) and the single word ("Mrd."), then initials ("J."). Returns the end of what
  // it emitted, or 0.
  size_t scan_abbreviation(size_t start, size_t period) {
    const size_t word_length = period - start;
    if (word_length > 8) return 0;  // no abbreviation is that long; keeps the lookups rare
    // Compact: letters '.' letters '.' ... without spaces.
    if (period + 1 < text_.size() && is_letter(class_at(period + 1))) {
      size_t end = period + 1;
      size_t best = 0;
      AbbreviationClass best_class = AbbreviationClass::kNone;
      // Initials written together ("U.S.", "H.S."): every part one capital letter.
      bool initials = is_single_capital(start, period);
      for (int parts = 1; parts < 4; ++parts) {
        size_t e = end;
        while (e < text_.size() && e - end < 8 && is_letter(class_at(e))) {
          e += char_at(text_, e).length;
        }
        if (e == end || e >= text_.size() || text_[e] != '.') break;
        initials = initials && is_single_capital(end, e);
        end = e + 1;
        AbbreviationClass cls = lexicon_.abbreviation(text_.substr(start, end - start));
        if (cls == AbbreviationClass::kNone && initials) cls = AbbreviationClass::kMaybe;
        if (cls != AbbreviationClass::kNone) {
          best = end;
          best_class = cls;
        }
      }
      if (best != 0) {
        emit(start, best, TokenKind::kAbbreviation, best_class);
        return best;
      }
      return 0;
    }
    // Spaced multi-part: "z. B.", "i. d. R.". Parts are short words each closed by a period.
    std::string candidate(text_.substr(start, period + 1 - start));
    size_t part_ends[4] = {period + 1, 0, 0, 0};
    int matched_parts = 0;
    AbbreviationClass matched = AbbreviationClass::kNone;
    if (word_length <= 4) {
      size_t pos = period + 1;
      for (int part = 1; part < lexicon_.max_abbreviation_parts() && part < 4; ++part) {
        const size_t p = skip_inline_spaces(pos);
        if (p == pos) break;
        size_t e = p;
        while (e < text_.size() && e - p < 8 && is_letter(class_at(e))) {
          e += char_at(text_, e).length;
        }
        if (e == p || e >= text_.size() || text_[e] != '.') break;
        candidate += ' ';
        candidate.append(text_.substr(p, e + 1 - p));
        pos = e + 1;
        part_ends[part] = pos;
        const AbbreviationClass cls = lexicon_.abbreviation(candidate);
        if (cls != AbbreviationClass::kNone) {
          matched_parts = part + 1;
          matched = cls;
        }
      }
    }
    if (matched_parts > 1) {
      size_t b = start;
      for (int part = 0; part < matched_parts; ++part) {
        size_t e = part_ends[part];
        // Inner parts never end a sentence; the last carries the entry's class.
        emit(b, e, TokenKind::kAbbreviation,
             part + 1 == matched_parts ? matched : AbbreviationClass::kNever);
        b = skip_inline_spaces(e);
      }
      return part_ends[matched_parts - 1];
    }
    const std::string_view single = text_.substr(start, period + 1 - start);
    AbbreviationClass cls = lexicon_.abbreviation(single);
    if (cls == AbbreviationClass::kNone) {
      // An initial: one capital letter ("Donald J. Trump"). It ends a sentence only where a
      // "maybe" abbreviation would ("Plan B. Die Regierung ...").
      if (is_single_capital(start, period)) cls = AbbreviationClass::kMaybe;
    }
    if (cls == AbbreviationClass::kNone) return 0;
    emit(start, period + 1, TokenKind::kAbbreviation, cls);
    return period + 1;
  }

  // Is text_[begin, end) one capital letter?
  bool is_single_capital(size_t begin, size_t end) const {
    const CodePoint c = char_at(text_, begin);
    return c.cls == CharClass::kUpper && begin + c.length == end;
  }

  // Skips spaces other than line breaks ("z.\u00a0B." is typeset with a no-break space).
  size_t skip_inline_spaces(size_t pos) const {
    while (pos < text_.size()) {
      const CodePoint c = char_at(text_, pos);
      if (c.cls != CharClass::kSpace) break;
      pos += c.length;
    }
    return pos;
  }

  // Is `number`, followed by the period at `period`, an ordinal ("am 2. Juli", "der 3.
  // Weltkrieg", "am 5.9. in Berlin")? Only digits and periods qualify: "36,9." and "12:30." end
  // sentences. A year ("im Jahr 2025. Die ...") ends one unless a lower-case word follows.
  bool is_ordinal(std::string_view number, size_t period) const {
    if (number.find_first_of(",:") != std::string_view::npos) return false;
    const size_t start = period - number.size();
    // Day and month numbers, "100." in "zum 100. Geburtstag", "5.9." — not years or 10.000.
    const bool short_number =
        number.size() <= 3 || (number.size() <= 5 && number.find('.') != std::string_view::npos);
    size_t pos = period + 1;
    if (pos < text_.size() && !is_space(class_at(pos))) return false;  // "2.)" or "2.,"
    while (pos < text_.size() && is_space(class_at(pos))) pos += char_at(text_, pos).length;
    if (pos >= text_.size()) return false;  // paragraph end: the period ends the sentence
    const CodePoint next = char_at(text_, pos);
    if (next.cls == CharClass::kLower) return true;                // "am 5. des Monats"
    if (next.cls == CharClass::kDigit) return number.size() <= 2;  // "5. 9. 2025"
    if (next.cls == CharClass::kUpper) {
      size_t e = pos;
      while (e < text_.size() && is_letter(class_at(e))) e += char_at(text_, e).length;
      if (e < text_.size() && text_[e] == '.') ++e;  // "Sept."
      std::string_view word = text_.substr(pos, e - pos);
      if (lexicon_.is_month(word)) return true;
      if (!word.empty() && word.back() == '.' &&
          lexicon_.is_month(word.substr(0, word.size() - 1))) {
        return true;
      }
    }
    if (!short_number) return false;
    // The word before: an article or fused preposition ("zum 100. Geburtstag").
    if (tokens_.size() > first_token_) {
      const Token& before = tokens_.back();
      if (before.end < start) {
        return lexicon_.is_ordinal_cue(text_.substr(before.begin, before.end - before.begin));
      }
      return false;
    }
    return number.find('.') == std::string_view::npos;  // a numbered item: "1. Die Regierung ..."
  }

  // An e-mail address starting at `start`, or 0.
  size_t scan_email(size_t start) const {
    size_t pos = start;
    auto local = [](char ch) {
      return is_ascii_alnum(ch) || ch == '.' || ch == '_' || ch == '%' || ch == '+' || ch == '-';
    };
    while (pos < text_.size() && local(text_[pos])) ++pos;
    if (pos == start || pos >= text_.size() || text_[pos] != '@') return 0;
    const size_t end = scan_host(pos + 1);
    return end;
  }

  // A host name "a.b.c" starting at `pos` with at least one period; returns its end or 0.
  size_t scan_host(size_t pos) const {
    size_t end = pos;
    size_t last_label = pos;
    int periods = 0;
    while (end < text_.size()) {
      const char ch = text_[end];
      if (is_ascii_alnum(ch) || ch == '-') {
        ++end;
      } else if (ch == '.' && end + 1 < text_.size() && is_ascii_alnum(text_[end + 1]) &&
                 end > pos) {
        ++periods;
        ++end;
        last_label = end;
      } else {
        break;
      }
    }
    if (periods == 0 || last_label == end) return 0;
    return end;
  }

  // A bare domain with an optional path ("tagesschau.de", "bild.de/politik"), or 0.
  size_t scan_domain(size_t start) const {
    const size_t end = scan_host(start);
    if (end == 0) return 0;
    const size_t dot = text_.rfind('.', end - 1);
    const std::string_view tld = text_.substr(dot + 1, end - dot - 1);
    for (std::string_view known : kTopLevelDomains) {
      if (tld == known) return end;
    }
    return 0;
  }

  // A URL from `start`, whose scheme or "www." ends before `pos`: runs to white space or a
  // quote, then gives back trailing punctuation that belongs to the sentence.
  size_t emit_url(size_t start, size_t pos) {
    size_t end = pos;
    int open_parens = 0;
    while (end < text_.size()) {
      const CodePoint c = char_at(text_, end);
      if (is_space(c.cls) || c.cp == '"' || c.cp == '<' || c.cp == '>' ||
          (c.cp >= 0x80 && c.cls == CharClass::kPunctuation)) {
        break;
      }
      if (c.cp == '(') ++open_parens;
      if (c.cp == ')') --open_parens;
      end += c.length;
    }
    while (end > pos) {
      const char last = text_[end - 1];
      if (last == ')' && open_parens < 0) {
        ++open_parens;
        --end;
      } else if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
                 last == '?' || last == '\'') {
        --end;
      } else {
        break;
      }
    }
    emit(start, end, TokenKind::kWord);
    return end;
  }

  std::string_view text_;  // up to the end of the range
  size_t begin_;
  const SegmenterLexicon& lexicon_;
  std::vector<Token>& tokens_;
  std::vector<AbbreviationClass>& classes_;
  size_t first_token_;  // tokens before this index belong to earlier paragraphs
};

}  // namespace

void tokenize(std::string_view text, Span range, const SegmenterLexicon& lexicon,
              std::vector<Token>& tokens, std::vector<AbbreviationClass>& classes) {
  Scanner(text, range, lexicon, tokens, classes).run();
}

}  // namespace lagebild::text
