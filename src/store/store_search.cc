// Store::search: BM25-ranked FTS5 search with highlighted snippets.
#include <algorithm>

#include "lagebild/error.h"
#include "store/search_query.h"
#include "store/store_impl.h"

namespace lagebild {

std::vector<SearchHit> Store::search(std::string_view query, const SearchOptions& options) const {
  const std::string match = store::to_fts5_query(query);
  if (match.empty() || options.limit == 0) return {};
  std::lock_guard<std::mutex> lock(impl_->mutex);
  // bm25() weights: title 2, text 1. The snippet comes from the text column (1): the title is
  // shown on its own.
  store::Statement& statement = impl_->prepared(
      impl_->search,
      "SELECT d.id, d.title, d.date_value, bm25(documents_fts, 2.0, 1.0) AS rank_value, "
      "snippet(documents_fts, 1, ?2, ?3, '…', ?4) "
      "FROM documents_fts JOIN documents AS d ON d.key = documents_fts.rowid "
      "WHERE documents_fts MATCH ?1 ORDER BY rank_value LIMIT ?5 OFFSET ?6");
  const bool marked = !options.plain_snippet;
  statement.bind(1, match)
      .bind(2, marked ? std::string_view(options.match_open) : std::string_view())
      .bind(3, marked ? std::string_view(options.match_close) : std::string_view())
      .bind(4, static_cast<int64_t>(std::clamp(options.snippet_tokens, 1, 64)))
      .bind(5, static_cast<int64_t>(options.limit))
      .bind(6, static_cast<int64_t>(options.offset));
  std::vector<SearchHit> hits;
  try {
    while (statement.step()) {
      SearchHit hit;
      hit.id = statement.column_text(0);
      hit.title = statement.column_optional_text(1);
      hit.date = statement.column_text(2);
      hit.score = -statement.column_double(3);  // FTS5's bm25() is lower-is-better
      hit.snippet = statement.column_text(4);
      hits.push_back(std::move(hit));
    }
  } catch (...) {
    statement.reset();
    throw;
  }
  statement.reset();
  return hits;
}

}  // namespace lagebild
