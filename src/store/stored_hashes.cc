#include "store/stored_hashes.h"

namespace lagebild::store {

StoredHashes::StoredHashes(const std::string& path, int busy_timeout_ms)
    : db_(std::make_unique<Connection>(path, /*read_only=*/true)) {
  sqlite3_busy_timeout(db_->handle(), busy_timeout_ms);
  find_ = std::make_unique<Statement>(*db_, "SELECT content_hash FROM documents WHERE id = ?1");
}

std::optional<std::string> StoredHashes::find(std::string_view id) {
  find_->bind(1, id);
  std::optional<std::string> hash;
  if (find_->step()) hash = find_->column_text(0);  // a failing step resets itself
  find_->reset();                                   // ends the read snapshot
  return hash;
}

bool store_has_documents(const std::string& path, int busy_timeout_ms) {
  Connection db(path, /*read_only=*/true);
  sqlite3_busy_timeout(db.handle(), busy_timeout_ms);
  return db.query_int("SELECT EXISTS (SELECT 1 FROM documents)") != 0;
}

}  // namespace lagebild::store
