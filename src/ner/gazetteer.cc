#include "ner/gazetteer.h"

#include <lagebild/error.h>

#include <fstream>
#include <map>
#include <string_view>

#include "ner/feature_hash.h"

namespace lagebild::ner {

Gazetteer Gazetteer::read_tsv(const std::vector<std::string>& paths) {
  std::map<uint64_t, uint32_t> masks;  // ordered: the model bytes do not depend on hashing order
  for (const auto& path : paths) read_into(path, masks);
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [k, m] : masks) {
    keys.push_back(k);
    values.push_back(m);
  }
  return Gazetteer(std::move(keys), std::move(values));
}

void Gazetteer::read_into(const std::string& path, std::map<uint64_t, uint32_t>& masks) {
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open the gazetteer file");
  std::string line;
  uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    int kind = -1;
    if (tab != std::string::npos) {
      const std::string_view k = std::string_view(line).substr(tab + 1);
      for (int i = 0; i < kGazetteerKindCount; ++i) {
        if (k == kGazetteerKinds[i]) kind = i;
      }
    }
    if (kind < 0 || tab == 0) {
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  "expected NAME<TAB>PER|LOC|ORG|LOCderiv|GIVEN|FAMILY|CITY");
    }
    std::vector<std::string_view> tokens;
    std::string_view name = std::string_view(line).substr(0, tab);
    while (!name.empty()) {
      const size_t space = name.find(' ');
      if (space != 0) tokens.push_back(name.substr(0, space));
      if (space == std::string_view::npos) break;
      name.remove_prefix(space + 1);
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
      const int position = tokens.size() == 1 ? 0 : i == 0 ? 1 : i + 1 == tokens.size() ? 3 : 2;
      masks[hash_text(0, tokens[i])] |= 1u << (4 * kind + position);
    }
  }
}

Gazetteer::Gazetteer(std::vector<uint64_t> keys, std::vector<uint32_t> masks)
    : keys_(std::move(keys)), masks_(std::move(masks)) {
  build_index();
}

void Gazetteer::build_index() {
  index_.reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.insert(keys_[i], static_cast<uint32_t>(i));
}

}  // namespace lagebild::ner
