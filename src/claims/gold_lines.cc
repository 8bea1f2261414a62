#include "claims/gold_lines.h"

#include <fstream>

#include "lagebild/error.h"

namespace lagebild::claims {

void for_each_gold_line(
    const std::string& path,
    const std::function<void(const nlohmann::json&, const std::string&)>& item) {
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot open gold file");
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    try {
      item(nlohmann::json::parse(line), where);
    } catch (const nlohmann::json::exception& e) {
      throw Error(Error::Code::kInvalidData, where, e.what());
    }
  }
}

std::string gold_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

Span gold_span(const std::string& text, const std::string& needle, int occurrence,
               const std::string& where, const std::string& what) {
  size_t pos = std::string::npos, from = 0;
  for (int k = 0; k < occurrence && !needle.empty(); ++k) {
    pos = text.find(needle, from);
    if (pos == std::string::npos) break;
    from = pos + 1;
  }
  if (needle.empty() || pos == std::string::npos) {
    throw Error(Error::Code::kInvalidData, where, what + " not in item: '" + needle + "'");
  }
  return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

}  // namespace lagebild::claims
