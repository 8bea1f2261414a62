// The FTS5 tokenizer "lagebild_german" (see index_terms.h for the terms it emits). SQLite keeps
// custom tokenizers per connection, so every connection the store opens registers it before
// touching the full-text table.
#ifndef LAGEBILD_STORE_FTS_TOKENIZER_H_
#define LAGEBILD_STORE_FTS_TOKENIZER_H_

#include <memory>
#include <string_view>

#include "store/index_terms.h"
#include "store/sqlite.h"

namespace lagebild::store {

// The name the schema's `tokenize=` option refers to. Changing what the tokenizer emits changes
// the index: bump the name's version (and re-index in a migration) when that happens.
inline constexpr const char* kGermanTokenizer = "lagebild_german";

// Terms prepared ahead for the document being written (see prepared_terms.h): while set, a
// document text equal to `title` or `text` is not tokenised but replays the matching terms.
// Store::write sets it around each document's insert and clears it after.
struct PendingTerms {
  bool set = false;
  std::string_view title, title_terms;
  std::string_view text, text_terms;
};

// Registers the tokenizer on `connection`, through the fts5_api pointer SQLite hands out for
// `SELECT fts5(?1)`. `pending` (may be null) must outlive the connection. Throws Error(kStore)
// when SQLite was built without FTS5.
void register_german_tokenizer(Connection& connection, DecompounderSource decompounder_source,
                               const PendingTerms* pending = nullptr);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_FTS_TOKENIZER_H_
