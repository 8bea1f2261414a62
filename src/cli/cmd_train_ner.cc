// `lagebild train ner`: trains the NER tagger on GermEval 2014 and writes a model file
// (the command that built the committed model is in data/models/README.md).
#include <chrono>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "core/paths.h"
#include "ner/conll_reader.h"
#include "ner/gazetteer.h"
#include "ner/label_stats_trainer.h"
#include "ner/model_file.h"
#include "ner/perceptron_trainer.h"
#include "ner/word_clusters.h"

namespace lagebild::cli {
namespace {

// The news corpora of data/models/README.md, tagged for the label statistics.
ner::LabelStatsOptions default_stats() {
  const std::string news = data_dir() + "/../../shared/data/news/";
  ner::LabelStatsOptions o;
  o.corpora = {news + "adl-german-news/adl-german-news.jsonl",
               news + "renewrs-german-news/renewrs-german-news.part00.jsonl.gz"};
  return o;
}

struct TrainNerArgs {
  std::string train = data_dir() + "/../../shared/data/germeval2014/train_bioes.txt";
  std::string clusters = data_path("models/news-clusters-de.tsv");
  std::vector<std::string> gazetteers = {data_path("models/ner-gazetteer-de.tsv"),
                                         data_path("models/ner-names-de.tsv")};
  bool no_gazetteer = false;
  bool no_ngrams = false;
  bool no_label_stats = false;
  bool no_heads = false;
  ner::LabelStatsOptions stats = default_stats();
  std::string scheme = "bioes";
  std::string training_name;
  std::string out;
  bool no_lexicon = false;
  bool quiet = false;
  ner::NerTrainerOptions options;
};

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

CommandRun setup_train_ner(CLI::App& app) {
  auto a = std::make_shared<TrainNerArgs>();
  app.add_option("--train", a->train, "Training data: GermEval TSV or two-column CoNLL (BIO/BIOES)")
      ->capture_default_str();
  app.add_option("--clusters", a->clusters, "Word-cluster file from `lagebild train clusters`")
      ->capture_default_str();
  app.add_flag("--no-clusters", a->no_lexicon, "Train without cluster and capitalisation features");
  app.add_option("--gazetteer", a->gazetteers,
                 "Name lists, NAME<TAB>PER|LOC|ORG|LOCderiv|GIVEN|FAMILY|CITY (repeatable)")
      ->capture_default_str();
  app.add_flag("--no-gazetteer", a->no_gazetteer, "Train without name-list features");
  app.add_flag("--no-ngrams", a->no_ngrams, "Train without character 3-gram features");
  app.add_option("--stats-corpus", a->stats.corpora,
                 "News corpus (JSON Lines) for the label statistics (repeatable)")
      ->capture_default_str();
  app.add_flag("--no-label-stats", a->no_label_stats,
               "Train without the news label statistics (no half-data taggers, faster)");
  app.add_option("--stats-max-tokens", a->stats.max_tokens,
                 "Tag at most this many corpus tokens for the statistics (0: all)")
      ->capture_default_str();
  app.add_option("--stats-min-count", a->stats.min_count,
                 "Keep statistics of words seen at least this often")
      ->capture_default_str();
  app.add_option("--stats-folds", a->stats.folds,
                 "Jackknife folds: taggers for the statistics, each trained without one fold")
      ->check(CLI::Range(2, 10))
      ->capture_default_str();
  app.add_option("--stats-cache", a->stats.cache,
                 "Keep the fold taggers' label counts in this file and reuse them (development)");
  app.add_flag("--no-heads", a->no_heads, "Train without the closed-compound head features");
  app.add_option("--epochs", a->options.epochs, "Perceptron epochs")->capture_default_str();
  app.add_option("--seed", a->options.seed, "Shuffling seed")->capture_default_str();
  app.add_option("--runs", a->options.runs,
                 "Training runs to average (run r shuffles with seed + r)")
      ->capture_default_str();
  app.add_option("--scheme", a->scheme, "Label scheme the model predicts in: bio or bioes")
      ->check(CLI::IsMember({"bio", "bioes"}))
      ->capture_default_str();
  app.add_option("--holdout-every", a->options.holdout_every,
                 "Hold out every N-th training sentence and report its F1 per epoch (tuning)");
  app.add_option("--dropout", a->options.dropout,
                 "Leave each feature occurrence out of a training step with this probability")
      ->check(CLI::Range(0.0, 0.9))
      ->capture_default_str();
  app.add_flag("--type-weights", a->options.type_weights,
               "Also learn one weight per feature and entity type, shared by the type's B/I/E/S "
               "labels (folded into the label weights when saved)");
  app.add_option("--min-weight", a->options.min_weight, "Drop smaller averaged weights")
      ->capture_default_str();
  app.add_option("--name", a->training_name,
                 "Training-data name stored in the model (default: germeval2014/<file name>)");
  app.add_option("--out", a->out, "Model file to write")->required();
  app.add_flag("--quiet", a->quiet, "No progress on stderr");
  return [a] {
    const auto start = std::chrono::steady_clock::now();
    auto& o = a->options;
    o.verbose = !a->quiet;
    o.scheme = a->scheme == "bio" ? ner::LabelScheme::kBio : ner::LabelScheme::kBioes;
    o.features.use_lexicon = !a->no_lexicon;
    o.features.use_gazetteer = !a->no_gazetteer;
    o.features.use_char_ngrams = !a->no_ngrams;
    o.features.use_label_stats = !a->no_label_stats && !a->no_lexicon;
    o.features.use_compound_heads = !a->no_heads && !a->no_lexicon;
    o.training_data =
        a->training_name.empty() ? "germeval2014/" + base_name(a->train) : a->training_name;
    std::unique_ptr<ner::WordLexicon> lexicon;
    if (o.features.use_lexicon) {
      lexicon = std::make_unique<ner::WordLexicon>(ner::read_word_clusters(a->clusters));
    }
    std::unique_ptr<ner::Gazetteer> gazetteer;
    if (o.features.use_gazetteer) {
      gazetteer = std::make_unique<ner::Gazetteer>(ner::Gazetteer::read_tsv(a->gazetteers));
    }
    const auto sentences = ner::read_conll_file(a->train);
    const auto model =
        o.features.use_label_stats
            ? ner::train_ner_with_label_stats(sentences, *lexicon, gazetteer.get(), o, a->stats)
            : ner::train_ner_model(sentences, lexicon.get(), gazetteer.get(), o);
    ner::write_model(model, a->out);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "wrote " << a->out << " (" << model.feature_keys.size() << " features, "
              << model.entries.size() << " weights) in " << secs << " s\n";
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("train ner", "Train the NER tagger (averaged perceptron) on GermEval 2014",
                 setup_train_ner);

}  // namespace lagebild::cli
