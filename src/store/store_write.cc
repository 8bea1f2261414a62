// Store::write: one transaction per batch; insert new ids, replace changed ones, skip the same.
#include <ctime>
#include <optional>

#include <nlohmann/json.hpp>

#include "lagebild/error.h"
#include "store/content_hash.h"
#include "store/prepared_terms.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string evidence_json(const DocumentDate& date) {
  nlohmann::json list = nlohmann::json::array();
  for (const DateEvidence& e : date.evidence) {
    list.push_back({{"begin", e.begin}, {"end", e.end}, {"why", e.why}});
  }
  return list.dump();
}

// [[start_byte, end_byte], ...]: the documents.paragraph_spans column (schema v3).
std::string paragraph_spans_json(const std::vector<Paragraph>& paragraphs) {
  std::string out = "[";
  for (const Paragraph& p : paragraphs) {
    if (out.size() > 1) out += ',';
    out += '[';
    out += std::to_string(p.begin);
    out += ',';
    out += std::to_string(p.end);
    out += ']';
  }
  out += ']';
  return out;
}

// [[start_byte, end_byte, first_token, end_token], ...]: documents.sentence_spans.
std::string sentence_spans_json(const std::vector<Sentence>& sentences) {
  std::string out = "[";
  for (const Sentence& t : sentences) {
    if (out.size() > 1) out += ',';
    const uint32_t values[] = {t.begin, t.end, t.first_token, t.end_token};
    for (size_t i = 0; i < 4; ++i) {
      out += i == 0 ? '[' : ',';
      out += std::to_string(values[i]);
    }
    out += ']';
  }
  out += ']';
  return out;
}

std::string where(const Document& doc) {
  if (doc.origin_path.empty()) return "document";
  return doc.origin_line > 0 ? doc.origin_path + ":" + std::to_string(doc.origin_line)
                             : doc.origin_path;
}

// The prepared terms of `doc` when `prepared` was made from its title and text with the store's
// lexicon; nullopt otherwise (nothing prepared, another text, another lexicon, malformed).
std::optional<store::PreparedDocumentTerms> usable_prepared(std::string_view prepared,
                                                            const Document& doc,
                                                            const std::string& lexicon_path) {
  if (prepared.empty()) return std::nullopt;
  std::optional<store::PreparedDocumentTerms> terms = store::split_prepared_document(prepared);
  if (!terms || terms->lexicon_path != lexicon_path ||
      terms->fingerprint != store::text_fingerprint(doc)) {
    return std::nullopt;
  }
  return terms;
}

// Sets the tokenizer's pending terms for one document (when there are usable ones); clears them
// when the scope ends, whatever happens.
class PendingScope {
 public:
  PendingScope(store::PendingTerms& pending,
               const std::optional<store::PreparedDocumentTerms>& terms, const Document& doc)
      : pending_(pending) {
    if (!terms) return;
    pending_.set = true;
    pending_.title = doc.title ? std::string_view(*doc.title) : std::string_view();
    pending_.title_terms = terms->title_terms;
    pending_.text = doc.text;
    pending_.text_terms = terms->text_terms;
  }
  ~PendingScope() { pending_ = store::PendingTerms{}; }
  PendingScope(const PendingScope&) = delete;
  PendingScope& operator=(const PendingScope&) = delete;

 private:
  store::PendingTerms& pending_;
};

}  // namespace

StoreWriteResult Store::write(const std::vector<Document>& batch) {
  return write(batch, {});
}

StoreWriteResult Store::write(const std::vector<Document>& batch,
                              const std::vector<std::string>& prepared) {
  if (!prepared.empty() && prepared.size() != batch.size()) {
    throw Error(Error::Code::kInternal, impl_->db->path(),
                "Store::write: " + std::to_string(prepared.size()) + " prepared terms for " +
                    std::to_string(batch.size()) + " documents");
  }
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;
  if (db.read_only()) {
    throw Error(Error::Code::kStore, db.path(), "the store was opened read-only");
  }
  Impl& s = *impl_;
  store::Statement& find =
      s.prepared(s.find_document, "SELECT key, content_hash FROM documents WHERE id = ?1");
  store::Statement& remove = s.prepared(s.delete_document, "DELETE FROM documents WHERE key = ?1");
  // The full-text index is kept in step here, not by triggers (schema v3): a statement that fires
  // a trigger opens a statement savepoint, and FTS5 (SQLite 3.40) writes its pending terms to disk
  // at every savepoint, i.e. one tiny index segment per document, merged again and again.
  store::Statement& unindex =
      s.prepared(s.unindex_document,
                 "INSERT INTO documents_fts (documents_fts, rowid, title, text) "
                 "SELECT 'delete', key, title, text FROM documents WHERE key = ?1");
  store::Statement& index = s.prepared(
      s.index_document, "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)");
  store::Statement& insert = s.prepared(
      s.insert_document,
      "INSERT INTO documents (key, id, title, text, date_value, date_origin, date_earliest, "
      "date_latest, date_confidence, date_evidence, metadata, origin_path, origin_line, "
      "sentence_count, token_count, content_hash, ingested_at, paragraph_spans, "
      "sentence_spans) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
      "?16, ?17, ?18, ?19)");
  if (!s.layers) s.layers = std::make_unique<store::LayerWriter>(db);

  StoreWriteResult result;
  const std::string now = utc_now();
  store::Transaction transaction(db);
  for (size_t d = 0; d < batch.size(); ++d) {
    const Document& doc = batch[d];
    if (doc.id.empty()) {
      throw Error(Error::Code::kInvalidInput, where(doc), "a document without id cannot be stored");
    }
    const std::optional<store::PreparedDocumentTerms> terms = usable_prepared(
        prepared.empty() ? std::string_view() : prepared[d], doc, s.options.lexicon_path);
    // Prepared terms carry the content hash's state after the title and text they were made
    // from (the fingerprint matched): only the rest of the document is hashed here.
    const std::string hash =
        terms ? store::content_hash(doc, terms->text_hash_state) : store::content_hash(doc);
    find.bind(1, doc.id);
    const bool stored = find.step();
    const int64_t old_key = stored ? find.column_int(0) : 0;
    const bool same = stored && find.column_text(1) == hash;
    find.reset();
    if (same) {
      ++result.unchanged;
      continue;
    }
    // The tokenizer replays prepared terms while they are set, for this document only.
    PendingScope pending(s.pending, terms, doc);
    if (stored) {
      // Cascades to every layer row.
      unindex.bind(1, old_key).run();  // reads the old title and text, so before the delete
      remove.bind(1, old_key).run();
      insert.bind(1, old_key);  // keep the key stable across versions
      ++result.replaced;
    } else {
      insert.bind_null(1);
      ++result.inserted;
    }
    insert.bind(2, doc.id)
        .bind(3, doc.title)
        .bind(4, doc.text)
        .bind(5, doc.date.value)
        .bind(6, std::string_view(date_origin_name(doc.date.origin)))
        .bind(7, doc.date.earliest)
        .bind(8, doc.date.latest)
        .bind(9, doc.date.confidence)
        .bind(10, evidence_json(doc.date))
        .bind(11, nlohmann::json(doc.metadata).dump())
        .bind(12, doc.origin_path)
        .bind(13, static_cast<int64_t>(doc.origin_line))
        .bind(14, static_cast<int64_t>(doc.sentences.size()))
        .bind(15, static_cast<int64_t>(doc.tokens.size()))
        .bind(16, hash)
        .bind(17, now)
        .bind(18, paragraph_spans_json(doc.paragraphs))
        .bind(19, sentence_spans_json(doc.sentences));
    insert.run();
    const int64_t key = sqlite3_last_insert_rowid(db.handle());
    index.bind(1, key).bind(2, doc.title).bind(3, doc.text).run();
    s.layers->write(key, doc);
  }
  transaction.commit();
  return result;
}

}  // namespace lagebild
