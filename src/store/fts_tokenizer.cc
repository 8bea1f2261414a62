#include "store/fts_tokenizer.h"

#include <new>
#include <optional>

#include "lagebild/error.h"
#include "store/index_terms.h"
#include "store/prepared_terms.h"

namespace lagebild::store {
namespace {

// The object registered with FTS5, shared by every tokenizer instance of the connection.
struct TokenizerModule {
  DecompounderSource decompounder_source;
  const PendingTerms* pending;
};

// One instance per FTS5 table per connection; SQLite never calls one concurrently.
struct TokenizerInstance {
  explicit TokenizerInstance(const TokenizerModule& module)
      : terms(module.decompounder_source), pending(module.pending) {}
  IndexTerms terms;
  const PendingTerms* pending;
};

int create_instance(void* module, const char** /*arguments*/, int /*count*/, Fts5Tokenizer** out) {
  try {
    auto* instance = new TokenizerInstance(*static_cast<TokenizerModule*>(module));
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
    return SQLITE_OK;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

void delete_instance(Fts5Tokenizer* tokenizer) {
  delete reinterpret_cast<TokenizerInstance*>(tokenizer);
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// The prepared terms for exactly these bytes, if the writer set them.
std::optional<std::string_view> prepared_for(const PendingTerms* pending, std::string_view input) {
  if (pending == nullptr || !pending->set) return std::nullopt;
  if (input == pending->text) return pending->text_terms;
  if (input == pending->title) return pending->title_terms;
  return std::nullopt;
}

// Emits prepared terms (checked by the writer before it set them).
int replay(std::string_view terms, void* context, TokenCallback emit) {
  int rc = SQLITE_OK;
  const bool whole = replay_prepared_terms(
      terms, [&](std::string_view term, bool first, uint64_t begin, uint64_t end) {
        rc = emit(context, first ? 0 : FTS5_TOKEN_COLOCATED, term.data(),
                  static_cast<int>(term.size()), static_cast<int>(begin), static_cast<int>(end));
        return rc == SQLITE_OK;
      });
  if (!whole) return SQLITE_ERROR;
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             TokenCallback emit) {
  auto* instance = reinterpret_cast<TokenizerInstance*>(tokenizer);
  // Queries look up whole stems only. Highlighting (AUX) needs only the positions and offsets of
  // whole words, which colocated parts do not change: it gets the same single term per word.
  // Documents (insert and delete alike) get every term.
  const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  std::string_view input(text, size > 0 ? static_cast<size_t>(size) : 0);
  int rc = SQLITE_OK;
  if (document && !query) {
    if (std::optional<std::string_view> terms = prepared_for(instance->pending, input)) {
      return replay(*terms, context, emit);
    }
  }
  try {
    for_each_word(input, [&](size_t begin, size_t end) {
      if (rc != SQLITE_OK) return;
      std::string_view word = input.substr(begin, end - begin);
      const int b = static_cast<int>(begin);
      const int e = static_cast<int>(end);
      if (query || !document) {
        const std::string& term = instance->terms.query_term(word);
        rc = emit(context, 0, term.data(), static_cast<int>(term.size()), b, e);
        return;
      }
      const std::vector<std::string>& terms = instance->terms.document_terms(word);
      for (size_t i = 0; i < terms.size() && rc == SQLITE_OK; ++i) {
        rc = emit(context, i == 0 ? 0 : FTS5_TOKEN_COLOCATED, terms[i].data(),
                  static_cast<int>(terms[i].size()), b, e);
      }
    });
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
  // SQLITE_DONE from the callback means "enough" (FTS5 stops early for snippets): not an error.
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void destroy_module(void* module) {
  delete static_cast<TokenizerModule*>(module);
}

fts5_api* fts5_api_of(Connection& connection) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(connection.handle(), "SELECT fts5(?1)", -1, &statement, nullptr) !=
      SQLITE_OK) {
    connection.fail("this SQLite has no FTS5");
  }
  sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  if (api == nullptr || api->iVersion < 2) {
    throw Error(Error::Code::kStore, connection.path(), "this SQLite has no usable FTS5 API");
  }
  return api;
}

}  // namespace

void register_german_tokenizer(Connection& connection, DecompounderSource decompounder_source,
                               const PendingTerms* pending) {
  fts5_api* api = fts5_api_of(connection);
  fts5_tokenizer methods = {create_instance, delete_instance, tokenize};
  auto* module = new TokenizerModule{std::move(decompounder_source), pending};
  if (api->xCreateTokenizer(api, kGermanTokenizer, module, &methods, destroy_module) != SQLITE_OK) {
    destroy_module(module);  // FTS5 takes ownership only on success
    connection.fail("cannot register the full-text tokenizer");
  }
}

}  // namespace lagebild::store
