// Pieces shared by the layer queries (store_entities.cc, store_timeline.cc, store_events.cc,
// store_claims.cc).
#ifndef LAGEBILD_STORE_QUERY_UTIL_H_
#define LAGEBILD_STORE_QUERY_UTIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lagebild/store.h"
#include "store/date_interval.h"
#include "store/sqlite.h"

namespace lagebild::store {

// SQL for the bytes [start, end) of documents.text (aliased `d`) as text: SQLite's substr counts
// characters in TEXT but bytes in a BLOB, and our offsets are bytes.
std::string text_slice_sql(std::string_view start_column, std::string_view end_column);

// SQL condition: `column` holds a TIMEX3 value that starts with a year ("2025", "2025-07-02").
std::string resolved_date_sql(std::string_view column);

// A DateRange checked and turned into an interval; open ends reach to 0000-01-01 and 9999-12-31.
// Throws Error(kInvalidInput) naming the bad bound.
DateInterval range_interval(const DateRange& range);

// Article id, title and the text of one sentence, looked up by document key and sentence index.
class SentenceLookup {
 public:
  explicit SentenceLookup(Connection& connection);
  struct Result {
    std::string document;
    std::optional<std::string> title;
    std::string text;  // empty when the sentence index is -1 or unknown
  };
  Result operator()(int64_t doc, int64_t sentence);

 private:
  Statement document_;
  Statement sentence_;
};

// Cuts `items` to `limit` (0: no limit).
template <typename T>
void apply_limit(std::vector<T>& items, size_t limit) {
  if (limit != 0 && items.size() > limit) items.resize(limit);
}

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_QUERY_UTIL_H_
