#include "store/query_util.h"

#include "lagebild/error.h"

namespace lagebild::store {

std::string text_slice_sql(std::string_view start_column, std::string_view end_column) {
  std::string start(start_column), end(end_column);
  return "CAST(substr(CAST(d.text AS BLOB), " + start + " + 1, " + end + " - " + start +
         ") AS TEXT)";
}

std::string resolved_date_sql(std::string_view column) {
  return std::string(column) + " GLOB '[0-9][0-9][0-9][0-9]*'";
}

DateInterval range_interval(const DateRange& range) {
  DateInterval out{"0000-01-01", "9999-12-31"};
  auto bound = [](const std::string& value, const char* name) {
    std::optional<DateInterval> parsed = calendar_interval(value);
    if (!parsed) {
      throw Error(Error::Code::kInvalidInput, name,
                  "\"" + value + "\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return *parsed;
  };
  if (!range.from.empty()) out.first = bound(range.from, "--from").first;
  if (!range.to.empty()) out.last = bound(range.to, "--to").last;
  if (out.first > out.last) {
    throw Error(Error::Code::kInvalidInput, "--from",
                range.from + " lies after --to " + range.to + ": the range is empty");
  }
  return out;
}

SentenceLookup::SentenceLookup(Connection& connection)
    : document_(connection, "SELECT id, title FROM documents WHERE key = ?1"),
      sentence_(connection, "SELECT " + text_slice_sql("s.start_byte", "s.end_byte") +
                                " FROM sentences AS s JOIN documents AS d ON d.key = s.doc "
                                "WHERE s.doc = ?1 AND s.n = ?2") {}

SentenceLookup::Result SentenceLookup::operator()(int64_t doc, int64_t sentence) {
  Result out;
  document_.bind(1, doc);
  if (document_.step()) {
    out.document = document_.column_text(0);
    out.title = document_.column_optional_text(1);
  }
  document_.reset();
  if (sentence >= 0) {
    sentence_.bind(1, doc).bind(2, sentence);
    if (sentence_.step()) out.text = sentence_.column_text(0);
    sentence_.reset();
  }
  return out;
}

}  // namespace lagebild::store
