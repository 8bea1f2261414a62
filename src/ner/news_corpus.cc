#include "ner/news_corpus.h"

#include <zlib.h>

#include <lagebild/error.h>

#include <memory>
#include <nlohmann/json.hpp>

namespace lagebild::ner {

void read_news_corpus(const std::string& path,
                      const std::function<void(std::string_view)>& on_text) {
  std::unique_ptr<gzFile_s, int (*)(gzFile)> file(gzopen(path.c_str(), "rb"), gzclose);
  if (!file) throw Error(Error::Code::kNotFound, path, "cannot open the news corpus");
  std::string pending;
  std::string chunk(1 << 20, '\0');
  uint64_t line_no = 0;
  auto handle_line = [&](std::string_view line) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    const auto doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
      throw Error(Error::Code::kInvalidInput, path + ":" + std::to_string(line_no),
                  "not a JSON object");
    }
    for (const char* field : {"title", "text"}) {
      const auto it = doc.find(field);
      if (it != doc.end() && it->is_string()) on_text(it->get_ref<const std::string&>());
    }
  };
  for (;;) {
    const int n = gzread(file.get(), chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n < 0) throw Error(Error::Code::kInvalidInput, path, "damaged compressed data");
    if (n == 0) break;
    pending.append(chunk.data(), static_cast<size_t>(n));
    size_t start = 0;
    for (size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1) {
      handle_line(std::string_view(pending).substr(start, nl - start));
    }
    pending.erase(0, start);
  }
  if (!pending.empty()) handle_line(pending);
}

}  // namespace lagebild::ner
