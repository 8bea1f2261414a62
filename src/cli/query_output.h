// What the store's query commands (entities, timeline, events, claims, show) share: opening the
// store for reading, date options, aligned text tables, JSON Lines and terminal colours.
#ifndef LAGEBILD_CLI_QUERY_OUTPUT_H_
#define LAGEBILD_CLI_QUERY_OUTPUT_H_

#include <memory>
#include <string>
#include <vector>

#include <lagebild/store.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace lagebild::cli {

// Opens `db` read-only: a mistyped path fails instead of leaving an empty store behind.
std::unique_ptr<Store> open_store_for_reading(const std::string& db);

// Adds --db (required).
void add_db_option(CLI::App& app, std::string& db);

// Adds --from and --to (YYYY, YYYY-MM or YYYY-MM-DD; anything else is a usage error).
void add_date_range_options(CLI::App& app, DateRange& range);

// True when stdout is a terminal and NO_COLOR is unset: ANSI colours are welcome.
bool colour_on_stdout();

// One JSON Lines record; invalid UTF-8 (there should be none) is replaced, never fatal.
std::string json_line(const nlohmann::json& value);

// "" -> null, so that JSON output says "not known" the way `analyze` does.
nlohmann::json string_or_null(const std::string& value);

// Columns aligned by code points (the display width of German text and ids). The last column
// is never padded, so a long sentence there does not widen the table.
class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header, std::vector<bool> right_aligned = {});
  void add(std::vector<std::string> row);
  size_t rows() const { return rows_.size(); }
  std::string render() const;

 private:
  std::vector<std::string> header_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

// Writes `out` to stdout.
void print(const std::string& out);

}  // namespace lagebild::cli

#endif  // LAGEBILD_CLI_QUERY_OUTPUT_H_
