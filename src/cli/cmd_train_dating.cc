// `lagebild train dating`: trains the document-dating model (vocabulary over months and the
// offset tables of explicit dates) from the dated news corpora, without the held-out dev
// articles, and writes it. Deterministic: the committed data/models/dating-vocabulary.model is
// reproduced by running it with the defaults (see data/models/DATING.md).
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include <lagebild/dating.h>

#include "cli/command.h"
#include "core/paths.h"
#include "time/date_model.h"
#include "time/date_model_corpus.h"
#include "time/date_model_train.h"
#include "time/date_model_weights.h"
#include "time/dating_score.h"

namespace lagebild::cli {
namespace {

// The shared corpora live beside the checkout: $LAGEBILD_SHARED, else <repo>/../shared.
std::string shared_dir() {
  if (const char* env = std::getenv("LAGEBILD_SHARED"); env != nullptr && *env != '\0') return env;
  return data_dir() + "/../../shared";
}

struct TrainDatingArgs {
  std::vector<std::string> corpora;
  std::string out;
  bool tune = false;
  bool no_fit = false;
  int threads = 1;
  dating::DatingTrainOptions options;
};

// The tuning slice: half of the ukraine-train candidates (second bit of the id hash). With
// --tune they are left out of training and scored, so that hyper-parameters are never chosen on
// the dev half.
bool is_tune(const dating::DatedArticle& a) {
  return dating::is_ukraine_train(a) && ((dating::fnv1a64(a.id) >> 1) & 1) == 1;
}

int run(const TrainDatingArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> corpora = args.corpora;
  if (corpora.empty()) {
    const std::string news = shared_dir() + "/data/news";
    corpora = {news + "/adl-german-news/adl-german-news.jsonl",
               news + "/renewrs-german-news/renewrs-german-news.part00.jsonl.gz"};
  }
  std::vector<std::vector<dating::DatedArticle>> loaded;
  std::vector<const dating::DatedArticle*> train, tune;
  std::string training_data;
  for (const auto& path : corpora) {
    loaded.push_back(dating::read_dated_articles(path));
    size_t held_out = 0, tuned = 0, used = 0;
    for (const auto& a : loaded.back()) {
      if (dating::is_held_out_dev(a)) {
        ++held_out;
      } else if (args.tune && is_tune(a)) {
        tune.push_back(&a);
        ++tuned;
      } else {
        train.push_back(&a);
        ++used;
      }
    }
    training_data += fmt::format(
        "{}{}: {} of {} articles ({} held out as ukraine-dev: text has \"Ukrain\", >= 800 chars, "
        "dated 2022-2024, FNV-1a-64 of id even{})",
        training_data.empty() ? "" : "; ", dating::corpus_name(path), used, loaded.back().size(),
        held_out, args.tune ? fmt::format("; {} tuning articles left out", tuned) : "");
    std::cerr << "read " << path << ": " << loaded.back().size() << " articles\n";
  }
  // The weights of the evidence sources are fitted on the ukraine-train candidates (the
  // in-domain articles that are not held out), cross-fitted over two folds split by the second
  // bit of the id hash; with --tune the tuning fold is left out of everything and scored.
  std::vector<std::vector<const dating::DatedArticle*>> folds(args.tune ? 1 : 2);
  if (!args.no_fit) {
    for (const dating::DatedArticle* a : train)
      if (dating::is_ukraine_train(*a)) folds[is_tune(*a) ? 1 % folds.size() : 0].push_back(a);
  } else {
    folds.clear();
  }
  auto model = dating::train_and_fit(train, folds, args.options, training_data,
                                     [](const std::string& line) { std::cerr << line << "\n"; });
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << fmt::format("trained in {:.1f} s\n", secs);
  if (args.tune) {
    DocumentDater dater(model);
    const auto s = dating::score_dating(dater, tune, args.threads);
    std::cout << fmt::format(
        "tune: N {} year {:.3f} month {:.3f} within_one_month {:.3f} median_days {:.1f}\n", s.n,
        s.year_accuracy, s.month_accuracy, s.within_one_month, s.median_days);
  }
  if (!args.out.empty()) {
    model->save(args.out);
    std::cerr << "wrote " << args.out << "\n";
  }
  return kExitOk;
}

CommandRun setup_train_dating(CLI::App& app) {
  auto args = std::make_shared<TrainDatingArgs>();
  args->out = default_dating_model_path();
  app.add_option("--corpus", args->corpora,
                 "Dated JSON Lines corpora (.jsonl or .jsonl.gz); default: the two news corpora "
                 "in ../shared/data/news");
  app.add_option("--out", args->out, "Where to write the model")->capture_default_str();
  app.add_flag(
      "--tune", args->tune,
      "Leave a tuning slice of the ukraine-train articles out of training and weight fitting, "
      "and score it");
  app.add_flag("--no-fit", args->no_fit,
               "Do not fit the evidence-source weights (all 1; one training run instead of three)");
  app.add_option("--vocabulary-corpus", args->options.vocabulary_corpora,
                 "Corpora (by name) whose articles train the vocabulary model and neighbours; "
                 "the others feed only the offset tables")
      ->capture_default_str();
  app.add_option("--neighbour-terms", args->options.neighbour_terms,
                 "Terms kept per neighbour article (0: no neighbours)")
      ->capture_default_str();
  app.add_option("--threads", args->threads, "Threads for --tune scoring")->capture_default_str();
  app.add_option("--method", args->options.method, "lr (logistic regression) or nb (Naive Bayes)")
      ->check(CLI::IsMember({"nb", "lr"}))
      ->capture_default_str();
  app.add_option("--nb-alpha", args->options.nb_alpha, "Naive Bayes smoothing")
      ->capture_default_str();
  app.add_option("--epochs", args->options.epochs, "SGD epochs")->capture_default_str();
  app.add_option("--max-features", args->options.max_features, "Vocabulary cap")
      ->capture_default_str();
  app.add_option("--min-df", args->options.min_df, "Minimum document frequency")
      ->capture_default_str();
  app.add_option("--learning-rate", args->options.learning_rate, "SGD learning rate")
      ->capture_default_str();
  app.add_option("--label-sigma", args->options.label_sigma, "Soft-label spread in months")
      ->capture_default_str();
  app.add_option("--temperature", args->options.temperature, "Posterior temperature")
      ->capture_default_str();
  app.add_option("--late-decay", args->options.late_decay,
                 "Per-month decay of the posterior after the last trained month")
      ->capture_default_str();
  return [args] { return run(*args); };
}

}  // namespace

LAGEBILD_COMMAND("train dating", "Train the document-dating model from dated news corpora",
                 setup_train_dating);

}  // namespace lagebild::cli
