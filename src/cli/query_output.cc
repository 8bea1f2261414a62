#include "cli/query_output.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "store/date_interval.h"
#include "text/utf8.h"

namespace lagebild::cli {

std::unique_ptr<Store> open_store_for_reading(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  return Store::open(db, options);
}

void add_db_option(CLI::App& app, std::string& db) {
  app.add_option("--db", db, "The store (SQLite file written by `lagebild ingest`)")->required();
}

void add_date_range_options(CLI::App& app, DateRange& range) {
  CLI::Validator date(
      [](std::string& value) -> std::string {
        if (store::calendar_interval(value)) return "";
        return "\"" + value + "\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
      },
      "DATE");
  app.add_option("--from", range.from,
                 "Only what overlaps this date or later (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date);
  app.add_option("--to", range.to,
                 "Only what overlaps this date or earlier (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date);
}

bool colour_on_stdout() {
  const char* no_colour = std::getenv("NO_COLOR");
  return ::isatty(STDOUT_FILENO) != 0 && (no_colour == nullptr || *no_colour == '\0');
}

std::string json_line(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

nlohmann::json string_or_null(const std::string& value) {
  return value.empty() ? nlohmann::json() : nlohmann::json(value);
}

TextTable::TextTable(std::vector<std::string> header, std::vector<bool> right_aligned)
    : header_(std::move(header)), right_(std::move(right_aligned)) {
  right_.resize(header_.size(), false);
}

void TextTable::add(std::vector<std::string> row) {
  row.resize(header_.size());
  rows_.push_back(std::move(row));
}

std::string TextTable::render() const {
  std::vector<size_t> width(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      width[i] = std::max(width[i], utf8::count_code_points(row[i]));
    }
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  std::string out;
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) {
      const size_t pad = width[i] - utf8::count_code_points(row[i]);
      const bool last = i + 1 == row.size();
      if (i > 0) text += "  ";
      if (right_[i]) text.append(pad, ' ');
      text += row[i];
      if (!right_[i] && !last) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  line(header_);
  for (const auto& row : rows_) line(row);
  return out;
}

void print(const std::string& out) {
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace lagebild::cli
