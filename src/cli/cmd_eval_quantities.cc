// `lagebild eval quantities [FILE...]`: scores the quantity and attribution stages against gold
// sets (default: data/gold/quantities/dev.jsonl and test.jsonl). See src/claims/quantity_eval.h
// for the metrics.
#include <fmt/core.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "claims/quantity_eval.h"
#include "cli/command.h"
#include "cli/gold_eval_flags.h"
#include "core/paths.h"
#include "lagebild/error.h"
#include "lagebild/text.h"

namespace lagebild::cli {
namespace {

// Defaults: the bench reads 5000 articles.
struct EvalQuantitiesArgs : GoldEvalFlags {
  EvalQuantitiesArgs() { bench_limit = 5000; }
};

// Times attribution + quantities (segmentation excluded: it is the text layer's cost) on the
// `text` fields of a JSON Lines news file, and prints MB/s on one thread.
int run_bench(const EvalQuantitiesArgs& args, const ClaimLexicons& lexicons) {
  std::ifstream in(args.bench);
  if (!in) throw Error(Error::Code::kNotFound, args.bench, "cannot open");
  std::vector<Document> docs;
  std::string line;
  size_t bytes = 0;
  while (docs.size() < args.bench_limit && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    Document doc;
    doc.text = j["text"].get<std::string>();
    segment(doc);
    bytes += doc.text.size();
    docs.push_back(std::move(doc));
  }
  size_t quantities = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (auto& doc : docs) {
    extract_quantities(doc, lexicons);
    quantities += doc.quantities.size();
  }
  // CPU time as well as wall time: on a loaded machine only the former measures the stage.
  const double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(
      "{} articles, {:.1f} MB, {} quantities; attribution + quantities on one thread: "
      "{:.3f} s CPU ({:.1f} MB/s), {:.3f} s wall ({:.1f} MB/s)\n",
      docs.size(), bytes / 1e6, quantities, cpu, bytes / 1e6 / cpu, wall, bytes / 1e6 / wall);
  return kExitOk;
}

void print_scores(const std::string& file, const claims::QuantityScores& s, bool tsv) {
  if (tsv) {
    fmt::print("file\t{}\nitems\t{}\ngold\t{}\npredicted\t{}\n", file, s.items, s.gold,
               s.predicted);
    fmt::print("exact_precision\t{:.4f}\nexact_recall\t{:.4f}\nexact_f1\t{:.4f}\n",
               s.precision(true), s.recall(true), s.f1(true));
    fmt::print("overlap_precision\t{:.4f}\noverlap_recall\t{:.4f}\noverlap_f1\t{:.4f}\n",
               s.precision(false), s.recall(false), s.f1(false));
    fmt::print("value_accuracy\t{:.4f}\nunit_accuracy\t{:.4f}\napprox_accuracy\t{:.4f}\n",
               s.accuracy(s.value_ok), s.accuracy(s.unit_ok), s.accuracy(s.approx_ok));
    fmt::print("counted_accuracy\t{:.4f}\nsource_accuracy\t{:.4f}\n", s.accuracy(s.counted_ok),
               s.accuracy(s.source_ok));
    return;
  }
  fmt::print("{}: {} items, {} gold, {} predicted\n", file, s.items, s.gold, s.predicted);
  fmt::print("  extent exact    P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.precision(true), s.recall(true),
             s.f1(true));
  fmt::print("  extent overlap  P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.precision(false),
             s.recall(false), s.f1(false));
  fmt::print(
      "  over {} matches: value {:.3f}  unit {:.3f}  approx {:.3f}  counted {:.3f}  "
      "source {:.3f}\n",
      s.overlap, s.accuracy(s.value_ok), s.accuracy(s.unit_ok), s.accuracy(s.approx_ok),
      s.accuracy(s.counted_ok), s.accuracy(s.source_ok));
}

CommandRun setup_eval_quantities(CLI::App& app) {
  auto args = std::make_shared<EvalQuantitiesArgs>();
  args->add_to(app, "quantities");
  return [args] {
    if (!args->bench.empty()) {
      const ClaimLexicons lexicons;
      return run_bench(*args, lexicons);
    }
    if (args->files.empty()) {
      args->files = {data_path("gold/quantities/dev.jsonl"),
                     data_path("gold/quantities/test.jsonl")};
    }
    const ClaimLexicons lexicons;
    for (const auto& file : args->files) {
      std::vector<std::string> report;
      auto gold = claims::read_quantity_gold(file);
      auto scores = claims::score_quantities(gold, lexicons, args->verbose ? &report : nullptr);
      print_scores(file, scores, args->tsv);
      for (const auto& line : report) std::cout << "  " << line << "\n";
    }
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("eval quantities", "Score quantities and their attribution against a gold set",
                 setup_eval_quantities);

}  // namespace lagebild::cli
