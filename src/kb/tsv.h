// A strict reader for the knowledge base's TSV tables: a header line naming the columns, then one
// fact per line. `#` lines and empty lines are skipped. Every error names file:line.
#ifndef LAGEBILD_KB_TSV_H_
#define LAGEBILD_KB_TSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace lagebild::kb {

struct TsvRow {
  size_t line = 0;                      // 1-based
  std::vector<std::string_view> cells;  // views into TsvTable::text
};

class TsvTable {
 public:
  // Reads `path` and checks that its header is exactly `columns`. Throws lagebild::Error.
  TsvTable(const std::string& path, const std::vector<std::string_view>& columns);

  const std::vector<TsvRow>& rows() const { return rows_; }
  // "path:line", for error messages about a row.
  std::string where(const TsvRow& row) const;
  [[noreturn]] void fail(const TsvRow& row, const std::string& message) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<TsvRow> rows_;
};

}  // namespace lagebild::kb

#endif  // LAGEBILD_KB_TSV_H_
