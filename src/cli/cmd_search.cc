// `lagebild search --db FILE [--json] [--limit N] QUERY...`: ranked German full-text search.
//
// Matched words in snippets are marked for the reader at hand: ANSI bold when stdout is a
// terminal, «guillemets» otherwise (pipes, files) and always in --json output.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <lagebild/store.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"

namespace lagebild::cli {
namespace {

struct SearchArgs {
  std::string db;
  std::vector<std::string> words;
  bool json = false;
  size_t limit = 20;
  size_t offset = 0;
};

int run_search(const SearchArgs& args) {
  StoreOptions store_options;
  store_options.read_only = true;  // never create an empty store from a mistyped path
  std::unique_ptr<Store> store = Store::open(args.db, store_options);
  std::string query;
  for (const std::string& word : args.words) query += (query.empty() ? "" : " ") + word;

  SearchOptions options;
  options.limit = args.limit;
  options.offset = args.offset;
  const bool terminal = !args.json && ::isatty(STDOUT_FILENO) != 0;
  if (terminal) {
    options.match_open = "\x1b[1m";
    options.match_close = "\x1b[22m";
  }
  std::vector<SearchHit> hits = store->search(query, options);

  std::string out;
  for (size_t i = 0; i < hits.size(); ++i) {
    const SearchHit& hit = hits[i];
    const size_t rank = args.offset + i + 1;
    if (args.json) {
      nlohmann::json line = {
          {"rank", rank},
          {"id", hit.id},
          {"score", hit.score},
          {"title", hit.title ? nlohmann::json(*hit.title) : nullptr},
          {"date", hit.date.empty() ? nlohmann::json() : nlohmann::json(hit.date)},
          {"snippet", hit.snippet}};
      out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out += '\n';
      continue;
    }
    out += fmt::format("{}. {}  {}  score {:.2f}\n", rank, hit.id,
                       hit.date.empty() ? "(undated)" : hit.date, hit.score);
    if (hit.title) out += fmt::format("   {}\n", *hit.title);
    out += fmt::format("   {}\n\n", hit.snippet);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (hits.empty() && !args.json) std::fprintf(stderr, "no hits for: %s\n", query.c_str());
  return kExitOk;
}

CommandRun setup_search(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  app.add_option("--db", args->db, "The store (SQLite file written by `lagebild ingest`)")
      ->required();
  app.add_option("query", args->words,
                 "German words, all required; \"quoted phrase\"; a OR b for either")
      ->required();
  app.add_flag("--json", args->json,
               "One JSON object per hit: rank, id, score, title, date, snippet («» marks)");
  app.add_option("--limit,-n", args->limit, "Hits to show (default 20)")
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  app.add_option("--offset", args->offset, "Skip this many hits first (paging)");
  return [args] { return run_search(*args); };
}

}  // namespace

LAGEBILD_COMMAND("search", "Ranked German full-text search over a store", setup_search);

}  // namespace lagebild::cli
