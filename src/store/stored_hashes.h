// Reads the content hash the store holds for an article id, on a read-only connection of its own.
//
// `ingest` prepares full-text terms on the analysis workers (prepared_terms.h), but Store::write
// skips an article whose content hash is unchanged, so for a re-ingest all that work was thrown
// away (~7 CPU-seconds for the two news corpora). A worker asks this lookup first. The answer is
// only a hint: the writer compares the hashes again inside its transaction, and an article whose
// terms were not prepared is tokenised by the writer, so a stale answer costs time, never data.
//
// Not thread-safe: one per worker. WAL lets these readers run beside the writer; each lookup holds
// its read snapshot only while the statement runs, so it never keeps the WAL from checkpointing.
#ifndef LAGEBILD_STORE_STORED_HASHES_H_
#define LAGEBILD_STORE_STORED_HASHES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/sqlite.h"

namespace lagebild::store {

class StoredHashes {
 public:
  // Opens `path` read-only. Throws Error like Connection.
  StoredHashes(const std::string& path, int busy_timeout_ms);

  // The stored content hash of `id`; nullopt when the id is not stored.
  std::optional<std::string> find(std::string_view id);

 private:
  std::unique_ptr<Connection> db_;
  std::unique_ptr<Statement> find_;
};

// True when the store at `path` holds at least one document (a new store has nothing to skip).
bool store_has_documents(const std::string& path, int busy_timeout_ms);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_STORED_HASHES_H_
