#include "kb/tsv.h"

#include <fstream>
#include <sstream>

#include <lagebild/error.h>

namespace lagebild::kb {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

std::string join(const std::vector<std::string_view>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s.append(i ? "\t" : "").append(v[i]);
  return s;
}

}  // namespace

TsvTable::TsvTable(const std::string& path, const std::vector<std::string_view>& columns)
    : path_(path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open knowledge-base table");
  std::ostringstream buf;
  buf << in.rdbuf();
  text_ = buf.str();

  std::string_view rest(text_);
  size_t line_no = 0;
  bool header_seen = false;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto cells = split_tabs(line);
    if (!header_seen) {
      if (cells != columns) {
        throw Error(
            Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
            "header must be \"" + join(columns) + "\", found \"" + std::string(line) + "\"");
      }
      header_seen = true;
      continue;
    }
    if (cells.size() != columns.size()) {
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  "expected " + std::to_string(columns.size()) + " tab-separated columns, found " +
                      std::to_string(cells.size()));
    }
    rows_.push_back({line_no, std::move(cells)});
  }
  if (!header_seen) throw Error(Error::Code::kInvalidData, path, "empty table: no header line");
}

std::string TsvTable::where(const TsvRow& row) const {
  return path_ + ":" + std::to_string(row.line);
}

void TsvTable::fail(const TsvRow& row, const std::string& message) const {
  throw Error(Error::Code::kInvalidData, where(row), message);
}

}  // namespace lagebild::kb
