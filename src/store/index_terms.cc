#include "store/index_terms.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/utf8.h"

namespace lagebild::store {
namespace {

// A longer "word" is a URL, a hash or garbage: it is indexed as it is, cut to this length.
constexpr size_t kMaxWordBytes = 120;
// Cache entries before the cache starts afresh (a crude but bounded eviction).
constexpr size_t kMaxCacheEntries = 300000;

bool is_word_char(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

bool is_hyphen(char32_t cp) {
  return cp == U'-' || cp == U'\u2010' || cp == U'\u2011';
}

// Cuts `s` to at most `limit` bytes at a code point boundary.
std::string_view cut(std::string_view s, size_t limit) {
  if (s.size() <= limit) return s;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace

bool next_word(std::string_view text, size_t& pos, size_t& begin, size_t& end) {
  size_t word_begin = std::string_view::npos;
  size_t word_end = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    size_t length = 1;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // ASCII fast path: most bytes of German text
      cp = byte;
    } else {
      length = utf8::decode(text, pos, cp);
    }
    if (length == 0) {  // invalid byte: a separator
      ++pos;
      if (word_begin != std::string_view::npos) break;
      continue;
    }
    bool word_char =
        byte < 0x80 ? ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') || (byte >= '0' && byte <= '9')
                    : is_word_char(cp);
    if (word_char) {
      if (word_begin == std::string_view::npos) word_begin = pos;
      word_end = pos + length;
    } else if (word_begin != std::string_view::npos) {
      // A hyphen joins only when a word character follows at once.
      char32_t next = 0;
      size_t next_length =
          is_hyphen(cp) && word_end == pos ? utf8::decode(text, pos + length, next) : 0;
      if (next_length == 0 || !is_word_char(next)) {
        pos += length;
        break;
      }
    }
    pos += length;
  }
  if (word_begin == std::string_view::npos) return false;
  begin = word_begin;
  end = word_end;
  return true;
}

IndexTerms::IndexTerms(DecompounderSource decompounder_source)
    : decompounder_source_(std::move(decompounder_source)) {}

void IndexTerms::add_term(std::string term, std::vector<std::string>& terms) {
  if (term.empty() || std::find(terms.begin(), terms.end(), term) != terms.end()) return;
  terms.push_back(std::move(term));
}

void IndexTerms::add_compound_terms(std::string_view lower_word, std::vector<std::string>& terms) {
  if (!decompounder_) decompounder_ = decompounder_source_();
  std::vector<Decompounder::Part> parts = decompounder_->split(lower_word);
  const size_t n = parts.size();
  // Every run of adjacent parts i..j except the whole word itself. A run that stops before the
  // last part ends at its lexicon word (linking element dropped: "drohnen|angriff" -> "drohnen",
  // "verteidigungs|minister" -> "verteidigung").
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i; j < n; ++j) {
      if (i == 0 && j == n - 1) continue;
      size_t end = j == n - 1 ? parts[j].end : parts[j].end - parts[j].link;
      add_term(stemmer_.stem(lower_word.substr(parts[i].begin, end - parts[i].begin)), terms);
    }
  }
}

const std::vector<std::string>& IndexTerms::document_terms(std::string_view word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCacheEntries) cache_.clear();
  return cache_.emplace(std::string(word), compute_document_terms(word)).first->second;
}

std::vector<std::string> IndexTerms::compute_document_terms(std::string_view word) {
  std::vector<std::string> terms;
  std::string lower = to_lower(cut(word, kMaxWordBytes));
  terms.push_back(stemmer_.stem(lower));
  // Hyphenated: each piece is a part, and each piece may itself be a closed compound.
  std::vector<std::string_view> pieces;
  std::string_view rest(lower);
  for (size_t i = 0; i < rest.size();) {
    char32_t cp = 0;
    size_t length = utf8::decode(rest, i, cp);
    if (length == 0) length = 1;
    if (is_hyphen(cp)) {
      pieces.push_back(rest.substr(0, i));
      rest.remove_prefix(i + length);
      i = 0;
    } else {
      i += length;
    }
  }
  if (!pieces.empty()) {
    pieces.push_back(rest);
    for (std::string_view piece : pieces) {
      add_term(stemmer_.stem(piece), terms);
      add_compound_terms(piece, terms);
    }
  } else {
    add_compound_terms(lower, terms);
  }
  return terms;
}

const std::string& IndexTerms::query_term(std::string_view word) {
  auto it = query_cache_.find(word);
  if (it != query_cache_.end()) return it->second;
  if (query_cache_.size() >= kMaxCacheEntries) query_cache_.clear();
  return query_cache_.emplace(std::string(word), stemmer_.stem(to_lower(cut(word, kMaxWordBytes))))
      .first->second;
}

}  // namespace lagebild::store
