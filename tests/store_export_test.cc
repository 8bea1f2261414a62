// The query commands' machine-readable output, parsed back: `events --format geojson` (a valid
// GeoJSON FeatureCollection), `events --format csv` (RFC 4180), and the JSON Lines of entities,
// timeline, claims and events; plus their usage errors. Runs the real binary on a store of the
// hand-annotated corpus in store_corpus.h.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "lagebild/store.h"
#include "store_corpus.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct CliRun {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

class StoreExportTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = testing::TempDir() + "/store_export_" + std::to_string(::getpid()) + ".db";
    remove_files();
    Store::open(db_)->write(test_corpus::documents());
  }
  static void TearDownTestSuite() { remove_files(); }
  static void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_ + suffix);
  }

  // Runs `lagebild ARGS --db STORE`, capturing stdout and stderr.
  static CliRun lagebild(const std::string& args) {
    const std::string err_path = db_ + ".stderr";
    const std::string command =
        std::string(LAGEBILD_CLI) + " " + args + " --db " + db_ + " 2>" + err_path;
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return run;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
    const int raw = ::pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream err(err_path);
    std::stringstream text;
    text << err.rdbuf();
    run.err = text.str();
    fs::remove(err_path);
    return run;
  }

  static std::vector<json> json_lines(const std::string& out) {
    std::vector<json> lines;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) lines.push_back(json::parse(line));
    return lines;
  }

  static std::string db_;
};

std::string StoreExportTest::db_;

// RFC 4180: records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "a bare LF ends no RFC 4180 record";
      field += c;
    }
  }
  EXPECT_TRUE(rows.back().empty() && field.empty()) << "the last record must end with CRLF";
  rows.pop_back();
  return rows;
}

TEST_F(StoreExportTest, GeoJsonIsAFeatureCollectionOfPlacedEvents) {
  const CliRun run = lagebild("events --format geojson");
  ASSERT_EQ(run.status, 0) << run.err;
  const json doc = json::parse(run.out);
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc.at("type"), "FeatureCollection");
  const json& features = doc.at("features");
  ASSERT_TRUE(features.is_array());
  // Of the two events, only the assault on Charkiw has a geocoded place.
  ASSERT_EQ(features.size(), 1u);
  const json& f = features[0];
  EXPECT_EQ(f.at("type"), "Feature");
  EXPECT_EQ(f.at("geometry").at("type"), "Point");
  const json& xy = f.at("geometry").at("coordinates");
  ASSERT_TRUE(xy.is_array());
  ASSERT_EQ(xy.size(), 2u);
  // [lon, lat]: Charkiw lies at 36.25 E, 49.98 N.
  EXPECT_NEAR(xy[0].get<double>(), 36.25, 0.05);
  EXPECT_NEAR(xy[1].get<double>(), 49.98, 0.05);
  const json& p = f.at("properties");
  EXPECT_EQ(p.at("type"), "ASSAULT");
  EXPECT_EQ(p.at("mode"), "drone");
  EXPECT_EQ(p.at("source"), "cty:RUS");
  EXPECT_EQ(p.at("target"), "cty:UKR");
  EXPECT_EQ(p.at("place"), "geo:706483");
  EXPECT_EQ(p.at("place_name"), "Charkiw");
  EXPECT_EQ(p.at("date"), "2024-12-16");
  EXPECT_EQ(p.at("id"), "b");
  EXPECT_EQ(p.at("negated"), false);
  EXPECT_NE(run.err.find("1 of 2 events have no geocoded place"), std::string::npos) << run.err;
  // A filter that keeps no placed event still gives a valid, empty collection.
  const CliRun none = lagebild("events --format geojson --type CONSULT");
  ASSERT_EQ(none.status, 0);
  EXPECT_EQ(json::parse(none.out).at("features").size(), 0u);
}

TEST_F(StoreExportTest, CsvFollowsRfc4180) {
  const CliRun run = lagebild("events --format csv");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto rows = parse_csv(run.out);
  ASSERT_EQ(rows.size(), 3u);  // header and two events
  const std::vector<std::string>& header = rows[0];
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());
  auto column = [&](const std::string& name) {
    auto it = std::find(header.begin(), header.end(), name);
    EXPECT_NE(it, header.end()) << name;
    return static_cast<size_t>(it - header.begin());
  };
  EXPECT_EQ(rows[1][column("type")], "ASSAULT");
  EXPECT_EQ(rows[1][column("lat")].substr(0, 5), "49.98");
  EXPECT_EQ(rows[2][column("type")], "CONSULT");
  EXPECT_EQ(rows[2][column("lon")], "");
  // The sentence with a comma and quotes survives quoting.
  EXPECT_EQ(rows[2][column("text")], "Kuleba telefonierte mit Blinken, sagte ein \"Sprecher\".");
  EXPECT_EQ(rows[2][column("date")], "");
}

TEST_F(StoreExportTest, JsonLinesOfEveryQueryCommand) {
  const CliRun entities = lagebild("entities --json --type PER");
  ASSERT_EQ(entities.status, 0) << entities.err;
  const auto persons = json_lines(entities.out);
  ASSERT_EQ(persons.size(), 1u);
  EXPECT_EQ(persons[0].at("id"), "per:wolodymyr_selenskyj");
  EXPECT_EQ(persons[0].at("mentions"), 2);
  EXPECT_EQ(persons[0].at("articles"), 1);

  const CliRun timeline = lagebild("timeline --json --from 2024-11 --to 2024-11");
  ASSERT_EQ(timeline.status, 0) << timeline.err;
  const auto dated = json_lines(timeline.out);
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].at("date"), "2024-11-04");
  EXPECT_EQ(dated[0].at("expression"), "Am 4. November 2024");
  EXPECT_EQ(dated[0].at("id"), "a");

  const CliRun claims = lagebild("claims --json --about nordkoreanische Soldaten");
  ASSERT_EQ(claims.status, 0) << claims.err;
  const auto figures = json_lines(claims.out);
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].at("value"), 10000);
  EXPECT_EQ(figures[0].at("approx"), "MORE_THAN");
  EXPECT_EQ(figures[0].at("source"), "USA");
  EXPECT_EQ(figures[1].at("matched"), "paragraph");
  EXPECT_EQ(figures[2].at("value"), 11000);
  EXPECT_TRUE(figures[2].at("approx").is_null());
  EXPECT_EQ(figures[2].at("date"), "2024-12-16");

  const CliRun events = lagebild("events --format jsonl --actor per:dmytro_kuleba");
  ASSERT_EQ(events.status, 0) << events.err;
  const auto consult = json_lines(events.out);
  ASSERT_EQ(consult.size(), 1u);
  EXPECT_EQ(consult[0].at("type"), "CONSULT");
  EXPECT_TRUE(consult[0].at("date").is_null());
}

TEST_F(StoreExportTest, TablesAndUsageErrors) {
  const CliRun table = lagebild("entities");
  ASSERT_EQ(table.status, 0);
  EXPECT_EQ(table.out.substr(0, table.out.find('\n')),
            "mentions  articles  type  id                       name");
  EXPECT_NE(table.out.find("       2         2  LOC   cty:RUS                  Russland\n"),
            std::string::npos)
      << table.out;
  EXPECT_EQ(lagebild("timeline --from 2024-13").status, 2);
  EXPECT_EQ(lagebild("timeline --to yesterday").status, 2);
  EXPECT_EQ(lagebild("events --format xml").status, 2);
  EXPECT_EQ(lagebild("entities --type PERSON").status, 2);
  EXPECT_EQ(lagebild("claims").status, 2);  // --about is required
  const CliRun reversed = lagebild("timeline --from 2025 --to 2024");
  EXPECT_EQ(reversed.status, 1);
  EXPECT_NE(reversed.err.find("after --to"), std::string::npos) << reversed.err;
}

}  // namespace
}  // namespace lagebild
