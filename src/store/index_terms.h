// What the full-text index stores for German text: words, and for each word its search terms.
//
// A word is a run of letters, digits and combining marks; '-' (and U+2010, U+2011) between two
// such characters joins a hyphenated compound into one word. Everything else separates words.
//
// Terms. A word's first term is the Snowball stem of its lower-case form ("Drohnen" -> "drohn").
// In documents, compounds add the stems of their parts, which the FTS5 tokenizer reports at the
// same position (colocated) with the offsets of the whole word:
//   hyphenated: "Atom-Abwehr" -> atom-abwehr, atom, abwehr
//   closed:     "Luftabwehrkräfte" -> luftabwehrkraft, luft, abwehr, kraft, luftabwehr,
//               abwehrkraft (every run of adjacent parts, so "Luftabwehr" finds it too)
// A query word yields only its whole stem: "Abwehr" matches the part "abwehr" of an indexed
// compound, while the query "Luftabwehr" does not degrade into "Luft" OR "Abwehr".
#ifndef LAGEBILD_STORE_INDEX_TERMS_H_
#define LAGEBILD_STORE_INDEX_TERMS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lagebild/text.h"
#include "text/decompound.h"

namespace lagebild::store {

// Finds the next word of `text` at or after `pos`: sets [begin, end) and moves `pos` past it.
// False when no word is left. Invalid UTF-8 bytes separate words.
bool next_word(std::string_view text, size_t& pos, size_t& begin, size_t& end);

// Calls `on_word(begin, end)` with the byte range of each word of `text`, in order.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
  size_t pos = 0, begin = 0, end = 0;
  while (next_word(text, pos, begin, end)) on_word(begin, end);
}

// Turns words into terms. Holds a stemmer and a cache: one per thread (an FTS5 tokenizer
// instance, which SQLite never calls concurrently).
// Supplies the decompounder when first needed: queries and snippets never split words, so a
// search does not pay for loading the lexicon.
using DecompounderSource = std::function<std::shared_ptr<const Decompounder>()>;

class IndexTerms {
 public:
  explicit IndexTerms(DecompounderSource decompounder_source);

  // Terms of a word as written in a document: whole stem first, then compound parts.
  const std::vector<std::string>& document_terms(std::string_view word);
  // The same terms computed afresh, without touching this object's cache: for callers that cache
  // them elsewhere (TermCache).
  std::vector<std::string> compute_document_terms(std::string_view word);
  // The term of a word as written in a query: its whole stem. Also the term highlighting uses.
  const std::string& query_term(std::string_view word);

 private:
  void add_compound_terms(std::string_view lower_word, std::vector<std::string>& terms);
  void add_term(std::string term, std::vector<std::string>& terms);

  DecompounderSource decompounder_source_;
  std::shared_ptr<const Decompounder> decompounder_;  // loaded on first use
  GermanStemmer stemmer_;
  // Transparent hashing: cache lookups by string_view, allocating only for new words.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename Value>
  using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

  // News vocabulary is Zipfian: a cache of a few hundred thousand words answers nearly every
  // lookup, so decompounding and stemming cost little after the first articles.
  WordMap<std::vector<std::string>> cache_;
  WordMap<std::string> query_cache_;  // snippets stem every word of every hit
};

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_INDEX_TERMS_H_
