#include "ner/word_clusters.h"

#include <lagebild/error.h>

#include <charconv>
#include <fstream>
#include <string_view>

namespace lagebild::ner {

WordClusters read_word_clusters(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw Error(Error::Code::kNotFound, path,
                "cannot open the word-cluster file (build it with `lagebild train clusters`)");
  }
  WordClusters out;
  std::string line;
  uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    if (line[0] == '#') {
      out.header.push_back(line.substr(1));
      continue;
    }
    std::string_view rest(line);
    std::vector<std::string_view> f;
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos;) {
      f.push_back(rest.substr(0, tab));
      rest.remove_prefix(tab + 1);
    }
    f.push_back(rest);
    long v[5] = {0, 0, 0, 0, 0};
    bool ok = f.size() == 6 && !f[0].empty();
    for (size_t i = 0; ok && i < 5; ++i) {
      const auto r = std::from_chars(f[i + 1].data(), f[i + 1].data() + f[i + 1].size(), v[i]);
      ok = r.ec == std::errc() && r.ptr == f[i + 1].data() + f[i + 1].size();
    }
    ok = ok && v[0] >= 0 && v[0] < 65536 && v[1] >= 0 && v[1] < 65536 && v[2] >= 0 &&
         v[2] < 65536 && v[3] >= 0 && v[4] >= -1 && v[4] <= 1000;
    if (!ok) {
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  "expected word, fine, mid, coarse, count, capitalised-per-mille");
    }
    out.entries.push_back({std::string(f[0]), static_cast<uint16_t>(v[0]),
                           static_cast<uint16_t>(v[1]), static_cast<uint16_t>(v[2]),
                           static_cast<uint32_t>(v[3]), static_cast<int16_t>(v[4])});
  }
  return out;
}

void write_word_clusters(const WordClusters& clusters, const std::string& path) {
  std::ofstream out(path);
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the word-cluster file");
  for (const auto& h : clusters.header) out << '#' << h << '\n';
  for (const auto& e : clusters.entries) {
    out << e.word << '\t' << e.fine << '\t' << e.mid << '\t' << e.coarse << '\t' << e.count << '\t'
        << e.cap_permille << '\n';
  }
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the word-cluster file");
}

}  // namespace lagebild::ner
