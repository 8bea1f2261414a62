// `lagebild eval dating FILE.jsonl`: hides each article's date, infers it and scores the result
// (issue 4): N, year accuracy, exact-month accuracy, within-one-month accuracy, median error in
// days. The selection of articles is explicit (--select) so that figures are reproducible; for
// adl-german-news the default is the held-out ukraine-dev half (rule in date_model_corpus.h).
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include <lagebild/dating.h>
#include <lagebild/error.h>

#include "cli/command.h"
#include "core/read_all.h"
#include "time/date_model_corpus.h"
#include "time/dating_score.h"

namespace lagebild::cli {
namespace {

struct EvalDatingArgs {
  std::string file;
  std::string select;
  std::string model;
  bool no_vocabulary = false, no_explicit = false, no_weekdays = false, no_durations = false,
       no_offices = false, no_neighbours = false;
  int threads = 1;
  int show = 0;
};

// Dates one plain-text article (its " date ..." header, if any, is dropped unread) and prints
// the inferred date with its evidence: for looking at single cases.
int date_text(const EvalDatingArgs& args, const DocumentDater& dater) {
  std::ifstream in(args.file);
  if (!in) throw Error(Error::Code::kNotFound, args.file, "cannot open");
  std::string text = core::read_all(in);
  if (const size_t start = text.find_first_not_of(' ');
      start != std::string::npos && text.compare(start, 5, "date ") == 0) {
    const size_t value = text.find_first_not_of(' ', start + 5);
    const size_t end = text.find_first_of(" \n", value);
    text = end == std::string::npos ? "" : text.substr(end + 1);
  }
  Document doc;
  doc.text = text;
  const DocumentDate d = dater.infer(doc);
  std::cout << fmt::format("{}\tpredicted {}\t[{} .. {}]\tconf {:.2f}\n", args.file, d.value,
                           d.earliest, d.latest, d.confidence);
  for (const auto& e : d.evidence)
    std::cout << fmt::format("\t{}..{}\t{}\n", e.begin, e.end, e.why);
  return kExitOk;
}

int run(const EvalDatingArgs& args) {
  if (args.file.size() > 4 && args.file.compare(args.file.size() - 4, 4, ".txt") == 0) {
    DocumentDater::Options options;
    options.use_vocabulary = !args.no_vocabulary;
    DocumentDater dater(
        load_dating_model(args.model.empty() ? default_dating_model_path() : args.model), options);
    return date_text(args, dater);
  }
  const auto articles = dating::read_dated_articles(args.file);
  std::string select = args.select;
  if (select.empty())
    select = dating::corpus_name(args.file) == "adl-german-news" ? "ukraine-dev" : "all";
  std::vector<const dating::DatedArticle*> chosen;
  for (const auto& a : articles) {
    if (select == "all" || (select == "ukraine-dev" && dating::is_held_out_dev(a)) ||
        (select == "ukraine-train" && dating::is_ukraine_train(a)) ||
        (select == "ukraine-tune" && dating::is_ukraine_train(a) &&
         ((dating::fnv1a64(a.id) >> 1) & 1) == 1))
      chosen.push_back(&a);
  }
  DocumentDater::Options options;
  options.use_vocabulary = !args.no_vocabulary;
  options.use_explicit_dates = !args.no_explicit;
  options.use_weekdays = !args.no_weekdays;
  options.use_durations = !args.no_durations;
  options.use_offices = !args.no_offices;
  options.use_neighbours = !args.no_neighbours;
  std::shared_ptr<const DatingModel> model;
  if (!args.no_vocabulary || !args.no_explicit || !args.no_neighbours)
    model = load_dating_model(args.model.empty() ? default_dating_model_path() : args.model);
  DocumentDater dater(model, options);
  int shown = 0;
  const auto s =
      dating::score_dating(dater, chosen, args.threads, [&](const dating::DatingPrediction& p) {
        if (shown >= args.show) return;
        ++shown;
        std::cout << fmt::format(
            "{}\ttrue {:04d}-{:02d}-{:02d}\tpredicted {}\t[{} .. {}]\tconf {:.2f}\n", p.article->id,
            p.article->year, p.article->month, p.article->day, p.date.value, p.date.earliest,
            p.date.latest, p.date.confidence);
        for (const auto& e : p.date.evidence) std::cout << "\t\t" << e.why << "\n";
      });
  std::cout << fmt::format("file {}\nselect {}\n", args.file, select);
  std::cout << fmt::format(
      "N {}\nyear {:.3f}\nmonth {:.3f}\nwithin_one_month {:.3f}\nmedian_days {:.1f}\n"
      "mean_confidence {:.3f}\n",
      s.n, s.year_accuracy, s.month_accuracy, s.within_one_month, s.median_days, s.mean_confidence);
  if (s.n > 0 && s.text_bytes > 0)
    std::cout << fmt::format("cpu_ms_per_article {:.3f}\ncpu_ms_per_5kb {:.3f}\n",
                             1e3 * s.cpu_seconds / static_cast<double>(s.n),
                             1e3 * s.cpu_seconds / (static_cast<double>(s.text_bytes) / 5000.0));
  return kExitOk;
}

CommandRun setup_eval_dating(CLI::App& app) {
  auto args = std::make_shared<EvalDatingArgs>();
  app.add_option("file", args->file,
                 "Dated JSON Lines (.jsonl or .jsonl.gz) to score; a .txt article is dated and "
                 "shown with its evidence instead")
      ->required();
  app.add_option(
         "--select", args->select,
         "Which articles: ukraine-dev (held-out war coverage: \"Ukrain\", >= 800 chars, "
         "2022-2024, FNV-1a-64 of id even), ukraine-train (same, odd), ukraine-tune (the half of "
         "ukraine-train that `train dating --tune` leaves out), all. Default: "
         "ukraine-dev for adl-german-news.jsonl, else all")
      ->check(CLI::IsMember({"ukraine-dev", "ukraine-train", "ukraine-tune", "all"}));
  app.add_option("--model", args->model,
                 "Dating model (default: data/models/dating-vocabulary.model)");
  app.add_flag("--no-vocabulary", args->no_vocabulary, "Leave out the vocabulary model");
  app.add_flag("--no-explicit", args->no_explicit, "Leave out explicit dates, years and months");
  app.add_flag("--no-weekdays", args->no_weekdays, "Leave out weekday+day constraints");
  app.add_flag("--no-durations", args->no_durations, "Leave out anchored durations");
  app.add_flag("--no-offices", args->no_offices, "Leave out office tenures");
  app.add_flag("--no-neighbours", args->no_neighbours, "Leave out the similar dated articles");
  app.add_option("--threads", args->threads, "Worker threads")->capture_default_str();
  app.add_option("--show", args->show, "Print the first N predictions with their evidence");
  return [args] { return run(*args); };
}

}  // namespace

LAGEBILD_COMMAND("eval dating", "Score document dating on dated articles", setup_eval_dating);

}  // namespace lagebild::cli
