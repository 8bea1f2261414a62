// StoreIndexer: document terms prepared on the analysis threads (see store/prepared_terms.h).
#include <memory>
#include <mutex>
#include <vector>

#include "lagebild/store.h"
#include "store/content_hash.h"
#include "store/front_term_cache.h"
#include "store/index_terms.h"
#include "store/prepared_terms.h"
#include "store/stored_hashes.h"
#include "store/term_cache.h"
#include "text/decompound.h"

namespace lagebild {

struct StoreIndexer::Impl {
  std::string lexicon_path;
  std::shared_ptr<const Decompounder> decompounder;
  // The store whose unchanged documents prepare() skips; empty: none (or it was empty when the
  // indexer was made, so only a duplicate within the input could be skipped: not worth a lookup).
  std::string store_path;
  int busy_timeout_ms = 0;
  // Every worker's words, computed once for all of them.
  mutable store::TermCache cache;

  // What one concurrent caller uses: IndexTerms (stemmer, decompounder; its own word cache stays
  // empty, `cache` serves every caller) and a front cache of its frequent words. Neither is
  // thread-safe, so each caller holds one for the length of a call.
  struct Worker {
    Worker(store::DecompounderSource source, store::TermCache& shared)
        : terms(std::move(source)), front(shared) {}
    store::IndexTerms terms;
    store::FrontTermCache front;
    std::unique_ptr<store::StoredHashes> stored;  // opened on first use
  };
  // Workers reused across calls (the analysis threads call prepare() one document at a time).
  mutable std::mutex mutex;
  mutable std::vector<std::unique_ptr<Worker>> idle;

  std::unique_ptr<Worker> acquire() const {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!idle.empty()) {
        std::unique_ptr<Worker> worker = std::move(idle.back());
        idle.pop_back();
        return worker;
      }
    }
    std::shared_ptr<const Decompounder> shared = decompounder;
    return std::make_unique<Worker>([shared] { return shared; }, cache);
  }
  // True when the store holds `doc` with the same content hash (see store/stored_hashes.h).
  // `text_hash_state`: content_hash_text_state(doc).
  bool stored_unchanged(Worker& worker, const Document& doc, uint64_t text_hash_state) const {
    if (store_path.empty()) return false;
    if (!worker.stored) {
      worker.stored = std::make_unique<store::StoredHashes>(store_path, busy_timeout_ms);
    }
    const std::optional<std::string> stored = worker.stored->find(doc.id);
    return stored && *stored == store::content_hash(doc, text_hash_state);
  }
  void release(std::unique_ptr<Worker> worker) const {
    std::lock_guard<std::mutex> lock(mutex);
    idle.push_back(std::move(worker));
  }
};

StoreIndexer::StoreIndexer(const StoreOptions& options, const Store& store)
    : StoreIndexer(options) {
  if (store::store_has_documents(store.path(), options.busy_timeout_ms)) {
    impl_->store_path = store.path();
    impl_->busy_timeout_ms = options.busy_timeout_ms;
  }
}

StoreIndexer::StoreIndexer(const StoreOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon_path = options.lexicon_path;
  if (options.lexicon_path.empty()) {
    impl_->decompounder = Decompounder::shared_default();
  } else {
    Decompounder::Options decompounder_options;
    decompounder_options.lexicon_path = options.lexicon_path;
    impl_->decompounder = std::make_shared<const Decompounder>(decompounder_options);
  }
}

StoreIndexer::~StoreIndexer() = default;

std::string StoreIndexer::prepare(const Document& doc) const {
  // Hands the worker back to the pool however the call ends.
  std::unique_ptr<Impl::Worker> worker = impl_->acquire();
  struct Release {
    const Impl& impl;
    std::unique_ptr<Impl::Worker>& worker;
    ~Release() { impl.release(std::move(worker)); }
  } release{*impl_, worker};
  // The bulk of the content hash, here rather than on the writer thread (which finishes it).
  const uint64_t text_hash_state = store::content_hash_text_state(doc);
  if (impl_->stored_unchanged(*worker, doc, text_hash_state)) return {};
  return store::prepare_document_terms(worker->terms, &worker->front, impl_->lexicon_path, doc,
                                       text_hash_state);
}

}  // namespace lagebild
