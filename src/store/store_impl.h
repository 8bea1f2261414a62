// The state behind lagebild::Store, shared by store.cc (open, get, stats), store_write.cc and
// store_search.cc.
#ifndef LAGEBILD_STORE_STORE_IMPL_H_
#define LAGEBILD_STORE_STORE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>

#include "core/date_origin.h"
#include "lagebild/store.h"
#include "store/fts_tokenizer.h"
#include "store/index_terms.h"
#include "store/layer_rows.h"
#include "store/sqlite.h"
#include "text/decompound.h"

namespace lagebild {

struct Store::Impl {
  StoreOptions options;
  // Read by the connection's tokenizer, so declared (and destroyed) outside the connection's life.
  store::PendingTerms pending;
  std::unique_ptr<store::Connection> db;
  // Serialises calls: prepared statements and the connection are not re-entrant.
  mutable std::mutex mutex;

  // Prepared on first use and kept: preparing costs more than running them.
  std::unique_ptr<store::Statement> find_document;
  std::unique_ptr<store::Statement> delete_document;
  std::unique_ptr<store::Statement> insert_document;
  std::unique_ptr<store::Statement> index_document;
  std::unique_ptr<store::Statement> unindex_document;
  std::unique_ptr<store::Statement> search;
  std::unique_ptr<store::LayerWriter> layers;
  // The decompounding lexicon of StoreOptions::lexicon_path, loaded on first need: by the
  // full-text tokenizer, and by claims() to compare words as the index does.
  store::DecompounderSource decompounder_source;

  store::Statement& prepared(std::unique_ptr<store::Statement>& slot, const char* sql) {
    if (!slot) slot = std::make_unique<store::Statement>(*db, sql);
    return *slot;
  }
};

// "given" / "inferred" / "unknown", as in the output contract.
DocumentDate::Origin date_origin_from_name(const std::string& name);

}  // namespace lagebild

#endif  // LAGEBILD_STORE_STORE_IMPL_H_
