// `lagebild eval ner FILE`: scores the tagger against gold labels (GermEval 2014 outer layer)
// with conlleval's metric: exact span and type, micro-averaged; per type for all twelve types.
#include <lagebild/ner.h>

#include <time.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "ner/conll_eval.h"
#include "ner/conll_reader.h"

namespace lagebild::cli {
namespace {

// CPU time of this thread: tagging speed should not depend on what else the machine runs.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct EvalNerArgs {
  std::string model = NerModel::default_path();
  std::string input;
  bool json = false;
};

nlohmann::json counts_json(const ner::ChunkCounts& c) {
  return {{"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}, {"gold", c.gold},
          {"found", c.predicted},       {"correct", c.correct}};
}

CommandRun setup_eval_ner(CLI::App& app) {
  auto a = std::make_shared<EvalNerArgs>();
  app.add_option("--model", a->model, "NER model file")->capture_default_str();
  app.add_option("FILE", a->input, "Gold data: GermEval TSV or TOKEN LABEL file")->required();
  app.add_flag("--json", a->json, "Print the scores as JSON");
  return [a] {
    NerTagger tagger(NerModel::load(a->model));
    const auto sentences = ner::read_conll_file(a->input);
    ner::ConllScorer scorer;
    std::vector<std::string_view> tokens;
    uint64_t n_tokens = 0;
    double seconds = 0;
    for (const auto& s : sentences) {
      if (s.tokens.empty()) continue;
      tokens.assign(s.tokens.begin(), s.tokens.end());
      const double start = thread_cpu_seconds();
      const auto predicted = tagger.tag_tokens(tokens);
      seconds += thread_cpu_seconds() - start;
      n_tokens += tokens.size();
      scorer.add(ner::chunks_from_labels(s.labels), ner::chunks_from_labels(predicted));
    }
    const auto& all = scorer.overall();
    const double speed = seconds > 0 ? double(n_tokens) / seconds : 0.0;
    if (a->json) {
      nlohmann::json j;
      j["file"] = a->input;
      j["model"] = a->model;
      j["sentences"] = scorer.sentences();
      j["tokens"] = n_tokens;
      j["tokens_per_cpu_second"] = speed;
      j["overall"] = counts_json(all);
      for (int t = 0; t < ner::kTypeCount; ++t) {
        j["types"][std::string(ner::kTypeNames[t])] = counts_json(scorer.type(t));
      }
      std::cout << j.dump(2) << "\n";
      return kExitOk;
    }
    std::printf(
        "processed %llu tokens in %llu sentences with %llu phrases; found: %llu; "
        "correct: %llu.\n",
        static_cast<unsigned long long>(n_tokens),
        static_cast<unsigned long long>(scorer.sentences()),
        static_cast<unsigned long long>(all.gold), static_cast<unsigned long long>(all.predicted),
        static_cast<unsigned long long>(all.correct));
    std::printf("overall    precision %.4f  recall %.4f  F1 %.4f\n", all.precision(), all.recall(),
                all.f1());
    std::printf("%-10s %9s %9s %9s %6s %6s %7s\n", "type", "precision", "recall", "F1", "gold",
                "found", "correct");
    for (int t = 0; t < ner::kTypeCount; ++t) {
      const auto& c = scorer.type(t);
      std::printf(
          "%-10s %9.4f %9.4f %9.4f %6llu %6llu %7llu\n", std::string(ner::kTypeNames[t]).c_str(),
          c.precision(), c.recall(), c.f1(), static_cast<unsigned long long>(c.gold),
          static_cast<unsigned long long>(c.predicted), static_cast<unsigned long long>(c.correct));
    }
    std::printf("tagging speed: %.0f tokens per CPU second (one thread)\n", speed);
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("eval ner", "Score the NER tagger against gold labels (conlleval metric)",
                 setup_eval_ner);

}  // namespace lagebild::cli
