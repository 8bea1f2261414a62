#include "ner/conll_reader.h"

#include <lagebild/error.h>

#include <fstream>
#include <string_view>

#include "ner/label_set.h"

namespace lagebild::ner {
namespace {

std::vector<std::string_view> split_fields(std::string_view line, bool tabs_only) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i <= line.size()) {
    size_t j = tabs_only ? line.find('\t', i) : line.find_first_of(" \t", i);
    if (j == std::string_view::npos) j = line.size();
    if (j > i || tabs_only) fields.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return fields;
}

bool is_index(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::vector<ConllSentence> read_conll(std::istream& in, const std::string& where) {
  std::vector<ConllSentence> sentences;
  ConllSentence current;
  auto flush = [&] {
    if (!current.lines.empty()) sentences.push_back(std::move(current));
    current = ConllSentence{};
  };
  std::string raw;
  uint64_t line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    ConllLine line;
    line.text = raw;
    std::string_view view(raw);
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    if (view.find_first_not_of(" \t") == std::string_view::npos) {
      line.kind = ConllLine::Kind::kBlank;
      const bool had_tokens = !current.tokens.empty();
      current.lines.push_back(std::move(line));
      if (had_tokens) flush();
      continue;
    }
    // GermEval TSV: INDEX TOKEN OUTER INNER (tab-separated, tokens never contain tabs).
    const auto tab_fields = split_fields(view, /*tabs_only=*/true);
    if (tab_fields.size() >= 3 && is_index(tab_fields[0])) {
      line.kind = ConllLine::Kind::kToken;
      line.token = std::string(tab_fields[1]);
      line.label = std::string(tab_fields[2]);
    } else {
      const auto fields = split_fields(view, /*tabs_only=*/false);
      // A line opening with '#' is a comment unless it is a two-column token line ("# O").
      const bool token_line = fields.size() >= 2 && is_bio_label(fields.back());
      if (view.front() == '#' && !token_line) {
        line.kind = ConllLine::Kind::kComment;
        current.lines.push_back(std::move(line));
        continue;
      }
      if (fields.empty()) {
        throw Error(Error::Code::kInvalidInput, where + ":" + std::to_string(line_no),
                    "token line without a token");
      }
      line.kind = ConllLine::Kind::kToken;
      line.token = std::string(fields.front());
      if (fields.size() >= 2) line.label = std::string(fields.back());
    }
    current.tokens.push_back(line.token);
    current.labels.push_back(line.label);
    current.lines.push_back(std::move(line));
  }
  flush();
  return sentences;
}

std::vector<ConllSentence> read_conll_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open the token file");
  return read_conll(in, path);
}

}  // namespace lagebild::ner
