// The output contract, end to end: the real `lagebild analyze` output is validated against
// docs/output.schema.json, and on ../shared/seeds the article-level promises are checked (header
// dates given, no header text inside `text`, spans that slice the text by code points).
//
// JSON Schema validation: no convenient C++ validator is packaged for Debian, so this file holds a
// small one for the subset of draft 2020-12 the schema uses: type (a name or a list), enum,
// required, properties, additionalProperties (false or a schema), items, minimum, maximum,
// pattern and local $ref ("#/$defs/NAME"). The tests at the top check the validator itself.
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class SchemaValidator {
 public:
  explicit SchemaValidator(json root) : root_(std::move(root)) {}

  // Problems found, each as "PATH: what"; empty when `instance` is valid.
  std::vector<std::string> validate(const json& instance) const {
    std::vector<std::string> errors;
    check(root_, instance, "$", errors);
    return errors;
  }

 private:
  static bool has_type(const json& instance, const std::string& type) {
    if (type == "null") return instance.is_null();
    if (type == "boolean") return instance.is_boolean();
    if (type == "object") return instance.is_object();
    if (type == "array") return instance.is_array();
    if (type == "string") return instance.is_string();
    if (type == "integer") return instance.is_number_integer();
    if (type == "number") return instance.is_number();
    ADD_FAILURE() << "schema uses unsupported type " << type;
    return false;
  }

  const json& resolve(const json& schema) const {
    const std::string ref = schema.at("$ref");
    const std::string prefix = "#/$defs/";
    EXPECT_TRUE(ref.starts_with(prefix)) << "unsupported $ref " << ref;
    return root_.at("$defs").at(ref.substr(prefix.size()));
  }

  void check(const json& schema_in, const json& v, const std::string& path,
             std::vector<std::string>& errors) const {
    const json& schema = schema_in.contains("$ref") ? resolve(schema_in) : schema_in;
    for (const auto& [keyword, ignored] : schema.items()) {
      static const std::vector<std::string> kKnown = {"$schema",
                                                      "$id",
                                                      "$defs",
                                                      "$ref",
                                                      "title",
                                                      "description",
                                                      "type",
                                                      "enum",
                                                      "required",
                                                      "properties",
                                                      "additionalProperties",
                                                      "items",
                                                      "minimum",
                                                      "maximum",
                                                      "pattern"};
      if (std::find(kKnown.begin(), kKnown.end(), keyword) == kKnown.end()) {
        ADD_FAILURE() << "schema keyword not supported by this validator: " << keyword;
      }
    }
    if (schema.contains("type")) {
      const json& t = schema["type"];
      bool ok = false;
      if (t.is_string()) {
        ok = has_type(v, t);
      } else {
        for (const auto& one : t) ok = ok || has_type(v, one);
      }
      if (!ok) {
        errors.push_back(path + ": expected type " + t.dump() + ", got " + v.dump().substr(0, 80));
        return;
      }
    }
    if (schema.contains("enum")) {
      bool found = false;
      for (const auto& option : schema["enum"]) found = found || option == v;
      if (!found) errors.push_back(path + ": " + v.dump() + " not in " + schema["enum"].dump());
    }
    if (v.is_number()) {
      if (schema.contains("minimum") && v.get<double>() < schema["minimum"].get<double>()) {
        errors.push_back(path + ": below minimum");
      }
      if (schema.contains("maximum") && v.get<double>() > schema["maximum"].get<double>()) {
        errors.push_back(path + ": above maximum");
      }
    }
    if (v.is_string() && schema.contains("pattern")) {
      if (!std::regex_search(v.get<std::string>(),
                             std::regex(schema["pattern"].get<std::string>()))) {
        errors.push_back(path + ": " + v.dump() + " does not match " + schema["pattern"].dump());
      }
    }
    if (v.is_object()) {
      if (schema.contains("required")) {
        for (const auto& name : schema["required"]) {
          if (!v.contains(name.get<std::string>())) {
            errors.push_back(path + ": missing required " + name.get<std::string>());
          }
        }
      }
      const json* properties = schema.contains("properties") ? &schema["properties"] : nullptr;
      for (const auto& [name, value] : v.items()) {
        if (properties != nullptr && properties->contains(name)) {
          check((*properties)[name], value, path + "." + name, errors);
        } else if (schema.contains("additionalProperties")) {
          const json& extra = schema["additionalProperties"];
          if (extra.is_boolean()) {
            if (!extra.get<bool>()) errors.push_back(path + ": unexpected property " + name);
          } else {
            check(extra, value, path + "." + name, errors);
          }
        }
      }
    }
    if (v.is_array() && schema.contains("items")) {
      for (size_t i = 0; i < v.size(); ++i) {
        check(schema["items"], v[i], path + "[" + std::to_string(i) + "]", errors);
      }
    }
  }

  json root_;
};

SchemaValidator load_schema() {
  std::ifstream in(std::string(LAGEBILD_SOURCE_DIR) + "/docs/output.schema.json");
  EXPECT_TRUE(in.good());
  return SchemaValidator(json::parse(in));
}

// Runs the real binary; returns its stdout, sets `status` to its exit code.
std::string run_cli(const std::string& args, int& status) {
  const std::string command = std::string(LAGEBILD_CLI) + " " + args + " 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  EXPECT_NE(pipe, nullptr);
  std::string out;
  char buffer[65536];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int raw = ::pclose(pipe);
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return out;
}

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

// text[start:end] by code points, as Python slices.
std::string slice(const std::string& text, size_t start, size_t end) {
  std::string out;
  size_t index = 0;
  bool first = true;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      if (!first) ++index;
      first = false;
    }
    if (index >= start && index < end) out.push_back(c);
  }
  return out;
}

size_t code_points(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Every span of every layer lies inside the text and slices to a non-empty string.
void expect_spans_slice(const json& article) {
  const std::string text = article["text"];
  const size_t length = code_points(text);
  for (const char* layer : {"paragraphs", "sentences", "tokens"}) {
    if (!article.contains(layer)) continue;
    for (const json& span : article[layer]) {
      const size_t start = span["start"], end = span["end"];
      EXPECT_LT(start, end) << article["id"] << " " << layer;
      EXPECT_LE(end, length) << article["id"] << " " << layer;
      EXPECT_FALSE(slice(text, start, end).empty());
    }
  }
  // Layers that quote their text: text[start:end] must be exactly that quote.
  for (const char* layer : {"entities", "roles", "timexes", "quantities"}) {
    if (!article.contains(layer)) continue;
    for (const json& span : article[layer]) {
      const size_t start = span["start"], end = span["end"];
      EXPECT_EQ(slice(text, start, end), span["text"].get<std::string>())
          << article["id"] << " " << layer;
    }
  }
  for (const json& evidence : article["date"]["evidence"]) {
    EXPECT_EQ(slice(text, evidence["start"], evidence["end"]), evidence["text"].get<std::string>())
        << article["id"] << " date evidence";
  }
}

TEST(SchemaValidator, AcceptsAndRejects) {
  const SchemaValidator validator = load_schema();
  json good = {{"id", "a"},
               {"title", nullptr},
               {"text", "Kurz."},
               {"metadata", json::object()},
               {"date",
                {{"value", nullptr},
                 {"origin", "unknown"},
                 {"earliest", nullptr},
                 {"latest", nullptr},
                 {"confidence", 0},
                 {"evidence", json::array()}}},
               {"paragraphs", json::array()},
               {"sentences", {{{"start", 0}, {"end", 5}}}},
               {"entities", json::array()},
               {"roles", json::array()},
               {"timexes", json::array()},
               {"quantities", json::array()},
               {"events", json::array()}};
  EXPECT_TRUE(validator.validate(good).empty());

  json bad = good;
  bad.erase("events");
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["date"]["origin"] = "guessed";
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["date"]["value"] = "Mai 2023";
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["sentences"][0]["start"] = -1;
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["sentences"][0]["extra"] = 1;
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["title"] = 3;
  EXPECT_FALSE(validator.validate(bad).empty());
  bad = good;
  bad["metadata"]["n"] = 3;
  EXPECT_FALSE(validator.validate(bad).empty());
}

class AnalyzeOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "lagebild-schema-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  fs::path dir_;
};

TEST_F(AnalyzeOutput, MatchesTheSchema) {
  write("a.txt",
        " date 2024-03 Streik bei der Bahn\n\nDie Lokführer legen am Donnerstag die Arbeit "
        "nieder. „Wir haben keine Wahl“, sagte ein Sprecher. Betroffen sind rund 5.000 Züge.");
  write("b.jsonl",
        R"({"id": "b1", "source": "Testblatt", "date": "2023-11-02", "title": "Zinsen steigen", )"
        R"("text": "Die Zentralbank erhöht den Leitzins um 0,25 Prozentpunkte. Ökonomen hatten )"
        R"(das erwartet.\n\nDie Börse reagierte gelassen."})"
        "\n");
  write("c.txt", "Ohne Kopfzeile und ohne Überschrift: ein Satz. Noch einer.");
  const SchemaValidator validator = load_schema();
  for (const std::string flags : {"", "--tokens"}) {
    int status = -1;
    const std::string out = run_cli("analyze --quiet " + flags + " " + dir_.string(), status);
    EXPECT_EQ(status, 0);
    const auto articles = json_lines(out);
    ASSERT_EQ(articles.size(), 3u);
    for (const json& article : articles) {
      for (const auto& error : validator.validate(article)) ADD_FAILURE() << error;
      expect_spans_slice(article);
      EXPECT_EQ(article.contains("tokens"), !flags.empty());
    }
    EXPECT_EQ(articles[0]["id"], "a");
    EXPECT_EQ(articles[0]["title"], "Streik bei der Bahn");
    EXPECT_EQ(articles[0]["date"]["value"], "2024-03");
    EXPECT_EQ(articles[1]["id"], "b1");
    EXPECT_EQ(articles[1]["metadata"]["source"], "Testblatt");
    EXPECT_EQ(articles[1]["date"]["latest"], "2023-11-02");
    EXPECT_TRUE(articles[2]["title"].is_null());
  }
}

TEST(AnalyzeSeeds, HeaderDatesGivenAndNoHeaderInText) {
  const fs::path seeds = fs::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << seeds << " is absent";
  int status = -1;
  // Segmentation only: the foundation's contract, before any date is inferred.
  const std::string out =
      run_cli("analyze --quiet --tokens --stages segment " + seeds.string(), status);
  EXPECT_EQ(status, 0);
  const auto articles = json_lines(out);
  ASSERT_EQ(articles.size(), 5u);
  const SchemaValidator validator = load_schema();
  for (size_t i = 0; i < articles.size(); ++i) {
    const json& a = articles[i];
    const std::string id = a["id"];
    EXPECT_TRUE(id.starts_with("00" + std::to_string(i) + "_")) << id;
    for (const auto& error : validator.validate(a)) ADD_FAILURE() << id << ": " << error;
    const std::string text = a["text"];
    EXPECT_EQ(text.find(" date "), std::string::npos) << id;
    EXPECT_FALSE(text.starts_with("date")) << id;
    EXPECT_NE(text.front(), ' ');
    EXPECT_FALSE(a["sentences"].empty()) << id;
    expect_spans_slice(a);
    if (i <= 2) {
      EXPECT_EQ(a["date"]["origin"], "given") << id;
      EXPECT_FALSE(a["date"]["value"].is_null()) << id;
    } else {
      EXPECT_EQ(a["date"]["origin"], "unknown") << id;
      EXPECT_TRUE(a["date"]["value"].is_null()) << id;
    }
  }
  // Header values as written in the files.
  EXPECT_EQ(articles[0]["date"]["value"], "2023-05");
  EXPECT_EQ(articles[1]["date"]["value"], "2024-11");
  EXPECT_EQ(articles[2]["date"]["value"], "2022-10");
  // Headlines: 001 and 003 have one, 000, 002 and 004 start with a paragraph.
  EXPECT_TRUE(articles[0]["title"].is_null());
  EXPECT_FALSE(articles[1]["title"].is_null());
  EXPECT_TRUE(articles[2]["title"].is_null());
  EXPECT_FALSE(articles[3]["title"].is_null());
  EXPECT_TRUE(articles[4]["title"].is_null());
  for (size_t i : {1u, 3u}) {
    const std::string title = articles[i]["title"];
    EXPECT_TRUE(articles[i]["text"].get<std::string>().starts_with(title));
  }
}

// The whole pipeline on the seeds: every layer validates against the schema and slices the text,
// header months stay given, and the two undated articles get inferred months with evidence.
TEST(AnalyzeSeeds, AllStagesValidateAndDateTheUndatedArticles) {
  const fs::path seeds = fs::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << seeds << " is absent";
  int status = -1;
  const std::string out = run_cli("analyze --quiet " + seeds.string(), status);
  EXPECT_EQ(status, 0);
  const auto articles = json_lines(out);
  ASSERT_EQ(articles.size(), 5u);
  const SchemaValidator validator = load_schema();
  for (const json& a : articles) {
    for (const auto& error : validator.validate(a)) ADD_FAILURE() << a["id"] << ": " << error;
    expect_spans_slice(a);
    EXPECT_FALSE(a["entities"].empty()) << a["id"];
    EXPECT_FALSE(a["timexes"].empty()) << a["id"];
  }
  EXPECT_EQ(articles[0]["date"]["value"], "2023-05");
  EXPECT_EQ(articles[1]["date"]["value"], "2024-11");
  EXPECT_EQ(articles[2]["date"]["value"], "2022-10");
  for (size_t i : {0u, 1u, 2u}) EXPECT_EQ(articles[i]["date"]["origin"], "given");
  const std::pair<size_t, const char*> inferred[] = {{3u, "2025-07"}, {4u, "2025-09"}};
  for (const auto& [i, month] : inferred) {
    const json& date = articles[i]["date"];
    EXPECT_EQ(date["origin"], "inferred") << articles[i]["id"];
    EXPECT_EQ(date["value"].get<std::string>().substr(0, 7), month) << articles[i]["id"];
    EXPECT_FALSE(date["evidence"].empty()) << articles[i]["id"];
    EXPECT_LE(date["earliest"].get<std::string>(), date["latest"].get<std::string>());
  }
}

}  // namespace
}  // namespace lagebild
