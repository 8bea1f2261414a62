// `lagebild train clusters`: learns the word-cluster file the NER tagger's features use from the
// unlabelled news corpora (see data/models/README.md for the command that built the committed one).
#include <chrono>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "ner/cluster_trainer.h"

namespace lagebild::cli {
namespace {

struct TrainClustersArgs {
  ner::ClusterTrainerOptions options;
  std::string out;
  bool quiet = false;
};

CommandRun setup_train_clusters(CLI::App& app) {
  auto a = std::make_shared<TrainClustersArgs>();
  app.add_option("--corpus", a->options.corpora, "News corpus, JSON Lines (.jsonl or .jsonl.gz)")
      ->required();
  app.add_option("--tokens", a->options.token_files,
                 "Extra tokenised text: CoNLL file whose first column is used (labels ignored)");
  app.add_option("--min-count", a->options.min_count, "Minimum word count")->capture_default_str();
  app.add_option("--fine", a->options.fine, "Fine clusters")->capture_default_str();
  app.add_option("--mid", a->options.mid, "Mid clusters")->capture_default_str();
  app.add_option("--coarse", a->options.coarse, "Coarse clusters")->capture_default_str();
  app.add_option("--dim", a->options.skipgram.dim, "Vector size")->capture_default_str();
  app.add_option("--epochs", a->options.skipgram.epochs, "Skip-gram epochs")->capture_default_str();
  app.add_option("--seed", a->options.skipgram.seed, "Random seed")->capture_default_str();
  app.add_option("--out", a->out, "Cluster file to write (TSV)")->required();
  app.add_flag("--quiet", a->quiet, "No progress on stderr");
  return [a] {
    a->options.verbose = !a->quiet;
    const auto start = std::chrono::steady_clock::now();
    const auto clusters = ner::train_word_clusters(a->options);
    ner::write_word_clusters(clusters, a->out);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "wrote " << clusters.entries.size() << " words to " << a->out << " in " << secs
              << " s\n";
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("train clusters", "Learn word clusters for the NER tagger from news corpora",
                 setup_train_clusters);

}  // namespace lagebild::cli
