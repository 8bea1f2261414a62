// `lagebild eval events [FILE...]`: scores the events stage against gold sets (default:
// data/gold/events/dev.jsonl and test.jsonl), running the whole pipeline on each item. See
// src/events/event_eval.h for the metrics. `--bench FILE` times the stage alone instead.
#include <fmt/core.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/gold_eval_flags.h"
#include "core/paths.h"
#include "events/event_eval.h"
#include "lagebild/claims.h"
#include "lagebild/error.h"
#include "lagebild/events.h"
#include "lagebild/kb.h"
#include "lagebild/pipeline.h"

namespace lagebild::cli {
namespace {

// Defaults: the bench reads 1000 articles.
struct EvalEventsArgs : GoldEvalFlags {
  EvalEventsArgs() { bench_limit = 1000; }
};

// Analyses up to bench_limit articles with the whole pipeline (untimed), then times attribution
// and extract_events on them again, on one thread, and prints seconds per MB of text.
int run_bench(const EvalEventsArgs& args) {
  std::ifstream in(args.bench);
  if (!in) throw Error(Error::Code::kNotFound, args.bench, "cannot open");
  const Pipeline pipeline;
  std::vector<Document> docs;
  std::string line;
  size_t bytes = 0;
  while (docs.size() < args.bench_limit && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    Document doc;
    doc.text = j["text"].get<std::string>();
    pipeline.analyze(doc);
    bytes += doc.text.size();
    docs.push_back(std::move(doc));
  }
  const ClaimLexicons claims;
  const EventLexicons lexicons;
  const auto kb = KnowledgeBase::load(data_path("kb"));
  std::vector<std::vector<Attribution>> attributions;
  const std::clock_t a_start = std::clock();
  for (const auto& doc : docs) attributions.push_back(attribute_sentences(doc, claims));
  const double a_cpu = double(std::clock() - a_start) / CLOCKS_PER_SEC;
  size_t events = 0;
  const std::clock_t e_start = std::clock();
  for (size_t i = 0; i < docs.size(); ++i) {
    extract_events(docs[i], lexicons, claims, attributions[i], kb.get());
    events += docs[i].events.size();
  }
  const double e_cpu = double(std::clock() - e_start) / CLOCKS_PER_SEC;
  const double mb = bytes / 1e6;
  fmt::print(
      "{} articles, {:.2f} MB, {} events; one thread, CPU time: attribution {:.3f} s "
      "({:.4f} s/MB), events {:.3f} s ({:.4f} s/MB)\n",
      docs.size(), mb, events, a_cpu, a_cpu / mb, e_cpu, e_cpu / mb);
  return kExitOk;
}

void print_scores(const std::string& file, const events::EventScores& s, bool tsv) {
  if (tsv) {
    fmt::print("file\t{}\nitems\t{}\ngold\t{}\npredicted\t{}\nmatched\t{}\n", file, s.items, s.gold,
               s.predicted, s.matched);
    fmt::print("precision\t{:.4f}\nrecall\t{:.4f}\nf1\t{:.4f}\n", s.precision(), s.recall(),
               s.f1());
    fmt::print("source_accuracy\t{:.4f}\ntarget_accuracy\t{:.4f}\nnegated_accuracy\t{:.4f}\n",
               s.accuracy(s.source_ok), s.accuracy(s.target_ok), s.accuracy(s.negated_ok));
    fmt::print("mode_accuracy\t{:.4f}\ndate_accuracy\t{:.4f}\nplace_accuracy\t{:.4f}\n",
               s.accuracy(s.mode_ok), s.accuracy(s.date_ok), s.accuracy(s.place_ok));
    fmt::print("aux_accuracy\t{:.4f}\n", s.accuracy(s.aux_ok));
    return;
  }
  fmt::print("{}: {} items, {} gold, {} predicted, {} matched\n", file, s.items, s.gold,
             s.predicted, s.matched);
  fmt::print("  trigger+type  P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.precision(), s.recall(), s.f1());
  fmt::print(
      "  over {} matches: source {:.3f}  target {:.3f}  negated {:.3f}  mode {:.3f}  date {:.3f}  "
      "place {:.3f}  aux {:.3f}\n",
      s.matched, s.accuracy(s.source_ok), s.accuracy(s.target_ok), s.accuracy(s.negated_ok),
      s.accuracy(s.mode_ok), s.accuracy(s.date_ok), s.accuracy(s.place_ok), s.accuracy(s.aux_ok));
}

CommandRun setup_eval_events(CLI::App& app) {
  auto args = std::make_shared<EvalEventsArgs>();
  args->add_to(app, "events");
  return [args] {
    if (!args->bench.empty()) return run_bench(*args);
    if (args->files.empty()) {
      args->files = {data_path("gold/events/dev.jsonl"), data_path("gold/events/test.jsonl")};
    }
    // Read every file first, so that a broken one is reported before the pipeline loads.
    std::vector<std::vector<events::GoldItem>> golds;
    for (const auto& file : args->files) golds.push_back(events::read_event_gold(file));
    const Pipeline pipeline;
    for (size_t f = 0; f < args->files.size(); ++f) {
      std::vector<std::string> report;
      auto scores = events::score_events(
          golds[f], [&](Document& doc) { pipeline.analyze(doc); },
          args->verbose ? &report : nullptr);
      print_scores(args->files[f], scores, args->tsv);
      for (const auto& line : report) std::cout << "  " << line << "\n";
    }
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("eval events", "Score PLOVER events against a gold set", setup_eval_events);

}  // namespace lagebild::cli
