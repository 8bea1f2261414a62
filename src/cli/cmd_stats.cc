// `lagebild stats --db FILE [--json]`: what the store holds.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <lagebild/store.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"

namespace lagebild::cli {
namespace {

struct StatsArgs {
  std::string db;
  bool json = false;
};

std::string stats_json(const StoreStats& s) {
  nlohmann::json top = nlohmann::json::array();
  for (const auto& [term, documents] : s.top_terms) {
    top.push_back({{"term", term}, {"documents", documents}});
  }
  nlohmann::json out = {{"path", s.path},           {"schema_version", s.schema_version},
                        {"documents", s.documents}, {"sentences", s.sentences},
                        {"tokens", s.tokens},       {"dated", s.dated},
                        {"undated", s.undated},     {"by_date_origin", s.by_date_origin},
                        {"by_month", s.by_month},   {"top_terms", top}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string stats_text(const StoreStats& s) {
  std::string out = fmt::format("store:     {} (schema version {})\n", s.path, s.schema_version);
  out += fmt::format("documents: {}\nsentences: {}\ntokens:    {}\n", s.documents, s.sentences,
                     s.tokens);
  std::string origins;
  for (const auto& [origin, n] : s.by_date_origin) {
    origins += fmt::format("{}{} {}", origins.empty() ? "" : ", ", n, origin);
  }
  out += fmt::format("dated:     {}, undated: {}{}\n", s.dated, s.undated,
                     origins.empty() ? "" : " (" + origins + ")");
  if (!s.by_month.empty()) {
    size_t most = 0;
    for (const auto& [month, n] : s.by_month) most = std::max(most, n);
    out += "articles per month:\n";
    for (const auto& [month, n] : s.by_month) {
      size_t bar = most == 0 ? 0 : (n * 40 + most - 1) / most;
      out += fmt::format("  {}  {:>7}  {}\n", month, n, std::string(bar, '#'));
    }
  }
  if (!s.top_terms.empty()) {
    out += "most widespread terms (stems; documents):\n ";
    for (const auto& [term, n] : s.top_terms) out += fmt::format(" {} ({})", term, n);
    out += "\n";
  }
  return out;
}

int run_stats(const StatsArgs& args) {
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store = Store::open(args.db, options);
  const StoreStats stats = store->stats();
  const std::string out = args.json ? stats_json(stats) : stats_text(stats);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

CommandRun setup_stats(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  app.add_option("--db", args->db, "The store (SQLite file written by `lagebild ingest`)")
      ->required();
  app.add_flag("--json", args->json, "One JSON object (documents, sentences, tokens, by_month...)");
  return [args] { return run_stats(*args); };
}

}  // namespace

LAGEBILD_COMMAND("stats", "Summarise what a store holds", setup_stats);

}  // namespace lagebild::cli
