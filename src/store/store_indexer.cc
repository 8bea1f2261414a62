// StoreIndexer: document terms prepared on the analysis threads (see store/prepared_terms.h).
#include <memory>
#include <mutex>
#include <vector>

#include "lagebild/store.h"
#include "store/index_terms.h"
#include "store/prepared_terms.h"
#include "store/term_cache.h"
#include "text/decompound.h"

namespace lagebild {

struct StoreIndexer::Impl {
  std::string lexicon_path;
  std::shared_ptr<const Decompounder> decompounder;
  // Every worker's words, computed once for all of them.
  store::TermCache cache;
  // One IndexTerms (stemmer, decompounder) per concurrent caller, reused across calls: the stemmer
  // is not thread-safe. Their own word caches stay empty: `cache` serves every caller.
  mutable std::mutex mutex;
  mutable std::vector<std::unique_ptr<store::IndexTerms>> idle;

  std::unique_ptr<store::IndexTerms> acquire() const {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!idle.empty()) {
        std::unique_ptr<store::IndexTerms> terms = std::move(idle.back());
        idle.pop_back();
        return terms;
      }
    }
    std::shared_ptr<const Decompounder> shared = decompounder;
    return std::make_unique<store::IndexTerms>([shared] { return shared; });
  }
  void release(std::unique_ptr<store::IndexTerms> terms) const {
    std::lock_guard<std::mutex> lock(mutex);
    idle.push_back(std::move(terms));
  }
};

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
  std::unique_ptr<store::IndexTerms> terms = impl_->acquire();
  std::string out;
  try {
    out = store::prepare_document_terms(*terms, &impl_->cache, impl_->lexicon_path, doc);
  } catch (...) {
    impl_->release(std::move(terms));
    throw;
  }
  impl_->release(std::move(terms));
  return out;
}

}  // namespace lagebild
