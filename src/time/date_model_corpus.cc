#include "time/date_model_corpus.h"

#include <nlohmann/json.hpp>

#include <lagebild/error.h>

#include "io/byte_source.h"
#include "text/utf8.h"
#include "time/dating_calendar.h"

namespace lagebild::dating {

std::vector<DatedArticle> read_dated_articles(const std::string& path, size_t* skipped) {
  io::ByteSource source(path);
  const std::string corpus = corpus_name(path);
  std::vector<DatedArticle> out;
  std::string line;
  bool too_long = false;
  uint64_t line_no = 0;
  while (source.read_line(line, size_t{1} << 30, too_long)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw Error(Error::Code::kInvalidInput, path + ":" + std::to_string(line_no), e.what());
    }
    DatedArticle a;
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string() || !j.contains("date") ||
        !j["date"].is_string()) {
      if (skipped) ++*skipped;
      continue;
    }
    if (!parse_date(j["date"].get<std::string>(), a.year, a.month, a.day) || a.day == 0) {
      if (skipped) ++*skipped;
      continue;
    }
    a.corpus = corpus;
    if (j.contains("id") && j["id"].is_string()) a.id = j["id"].get<std::string>();
    if (a.id.empty()) a.id = corpus + ":" + std::to_string(line_no);
    if (j.contains("title") && j["title"].is_string()) a.title = j["title"].get<std::string>();
    a.text = j["text"].get<std::string>();
    out.push_back(std::move(a));
  }
  return out;
}

uint64_t fnv1a64(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool is_ukraine_candidate(const DatedArticle& a) {
  if (a.year < 2022 || a.year > 2024) return false;
  if (a.text.find("Ukrain") == std::string::npos) return false;
  return utf8::count_code_points(a.text) >= 800;
}

bool is_held_out_dev(const DatedArticle& a) {
  return is_ukraine_candidate(a) && fnv1a64(a.id) % 2 == 0;
}

bool is_ukraine_train(const DatedArticle& a) {
  return is_ukraine_candidate(a) && fnv1a64(a.id) % 2 == 1;
}

std::string corpus_name(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  for (const char* ext : {".gz", ".jsonl", ".part00"}) {
    const std::string e = ext;
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      name.resize(name.size() - e.size());
  }
  return name;
}

}  // namespace lagebild::dating
