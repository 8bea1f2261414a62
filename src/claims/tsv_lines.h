// Reading the hand-written word lists of the claims and events stages: tab-separated lines,
// '#' comments and blank lines skipped, every error naming FILE:LINE.
#ifndef LAGEBILD_CLAIMS_TSV_LINES_H_
#define LAGEBILD_CLAIMS_TSV_LINES_H_

#include <fstream>
#include <string>
#include <vector>

#include "claims/words.h"
#include "lagebild/error.h"

namespace lagebild::claims {

// Splits a tab-separated line into fields (empty fields kept, a trailing CR dropped).
std::vector<std::string> split_tabs(const std::string& line);

// Splits on single spaces (runs of spaces give no empty words).
std::vector<std::string> split_spaces(const std::string& s);

// Calls row(fields, where) for each line of dir/name that is neither blank nor a '#' comment,
// after checking that it has at least `min_fields` fields and a non-empty first field, which is
// lower-cased (fold_case); `where` is "FILE:LINE" for error messages.
template <typename Row>
void read_tsv(const std::string& dir, const std::string& name, size_t min_fields, Row row) {
  const std::string path = dir + "/" + name;
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open word list");
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#' || line == "\r") continue;
    auto fields = split_tabs(line);
    const std::string where = path + ":" + std::to_string(line_no);
    if (fields.size() < min_fields || fields[0].empty()) {
      throw Error(Error::Code::kInvalidData, where,
                  "expected " + std::to_string(min_fields) + " tab-separated fields");
    }
    fields[0] = fold_case(fields[0]);
    row(fields, where);
  }
}

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_TSV_LINES_H_
