// The flags every evaluation against our own gold files shares (eval quantities, eval events):
// the gold files, error listing, script-friendly output, and timing the stage on news text.
#ifndef LAGEBILD_CLI_GOLD_EVAL_FLAGS_H_
#define LAGEBILD_CLI_GOLD_EVAL_FLAGS_H_

#include <cstddef>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace lagebild::cli {

struct GoldEvalFlags {
  std::vector<std::string> files;
  bool verbose = false;
  bool tsv = false;
  std::string bench;       // JSON Lines news file to time the stage on
  size_t bench_limit = 0;  // articles read from it

  // `layer` names the gold folder in the help text ("quantities" -> data/gold/quantities/).
  void add_to(CLI::App& app, const std::string& layer) {
    app.add_option(
        "files", files,
        "Gold JSON Lines files (default: data/gold/" + layer + "/dev.jsonl and test.jsonl)");
    app.add_flag("-v,--verbose", verbose, "List every error (missed, spurious, wrong field)");
    app.add_flag("--tsv", tsv, "Print 'metric<TAB>value' lines, for scripts");
    app.add_option("--bench", bench,
                   "Instead of scoring, time the stage on the texts of a JSON Lines news file");
    app.add_option("--bench-limit", bench_limit, "Articles to read for --bench");
  }
};

}  // namespace lagebild::cli

#endif  // LAGEBILD_CLI_GOLD_EVAL_FLAGS_H_
