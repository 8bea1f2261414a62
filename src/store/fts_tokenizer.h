// The FTS5 tokenizer "lagebild_german" (see index_terms.h for the terms it emits). SQLite keeps
// custom tokenizers per connection, so every connection the store opens registers it before
// touching the full-text table.
#ifndef LAGEBILD_STORE_FTS_TOKENIZER_H_
#define LAGEBILD_STORE_FTS_TOKENIZER_H_

#include <memory>

#include "store/index_terms.h"
#include "store/sqlite.h"

namespace lagebild::store {

// The name the schema's `tokenize=` option refers to. Changing what the tokenizer emits changes
// the index: bump the name's version (and re-index in a migration) when that happens.
inline constexpr const char* kGermanTokenizer = "lagebild_german";

// Registers the tokenizer on `connection`, through the fts5_api pointer SQLite hands out for
// `SELECT fts5(?1)`. Throws Error(kStore) when SQLite was built without FTS5.
void register_german_tokenizer(Connection& connection, DecompounderSource decompounder_source);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_FTS_TOKENIZER_H_
