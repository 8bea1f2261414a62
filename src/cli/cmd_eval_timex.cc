// `lagebild eval timex`: scores the temporal tagger on WikiWarsDE (TIMEX2 gold, keyinline files):
// extent P/R/F1 strict and lenient, value accuracy over lenient matches, per document and overall.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/paths.h"
#include "lagebild/timex.h"
#include "time/timex2_eval.h"

namespace lagebild::cli {
namespace {

struct EvalTimexArgs {
  std::string dir = data_dir() + "/../../shared/data/wikiwars_de";
  std::string rules = data_path("de/timex");
  std::string mode = "narrative";
  bool errors = false;
  bool json = false;
  double min_lenient_f1 = 0;
  double min_value_accuracy = 0;
};

CommandRun setup_eval_timex(CLI::App& app) {
  auto args = std::make_shared<EvalTimexArgs>();
  app.add_option("--dir", args->dir, "WikiWarsDE folder (with keyinline/*.key.xml)");
  app.add_option("--rules", args->rules, "Rule folder (default: data/de/timex)");
  app.add_option("--mode", args->mode, "news or narrative (WikiWarsDE is narrative)")
      ->check(CLI::IsMember({"news", "narrative"}));
  app.add_flag("--errors", args->errors, "List every miss, spurious match and wrong value");
  app.add_flag("--json", args->json, "Print the scores as JSON");
  app.add_option("--min-lenient-f1", args->min_lenient_f1, "Exit 1 when lenient F1 is below");
  app.add_option("--min-value-accuracy", args->min_value_accuracy,
                 "Exit 1 when value accuracy is below");
  return [args]() -> int {
    namespace fs = std::filesystem;
    const fs::path key = fs::path(args->dir) / "keyinline";
    if (!fs::is_directory(key)) {
      std::cerr << "lagebild: no gold folder " << key.string() << "\n";
      return kExitInputRejected;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(key)) {
      if (e.path().string().ends_with(".key.xml")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    TimexOptions options;
    options.mode = args->mode == "news" ? TimexMode::kNews : TimexMode::kNarrative;
    TimexTagger tagger(TimexRules::load(args->rules), options);
    timex::TimexCounts total;
    nlohmann::json docs = nlohmann::json::array();
    auto scores = [](const timex::TimexCounts& c) {
      return nlohmann::json{{"gold", c.gold},
                            {"system", c.system},
                            {"strict",
                             {{"p", c.strict_p()},
                              {"r", c.strict_r()},
                              {"f1", timex::f1(c.strict_p(), c.strict_r())}}},
                            {"lenient",
                             {{"p", c.lenient_p()},
                              {"r", c.lenient_r()},
                              {"f1", timex::f1(c.lenient_p(), c.lenient_r())}}},
                            {"value_accuracy", c.value_accuracy()}};
    };
    if (!args->json) {
      fmt::print("{:<24} {:>5} {:>5}  {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6}\n", "document",
                 "gold", "sys", "S-P", "S-R", "S-F1", "L-P", "L-R", "L-F1", "value");
    }
    auto row = [](const std::string& name, const timex::TimexCounts& c) {
      fmt::print("{:<24} {:>5} {:>5}  {:6.3f} {:6.3f} {:6.3f}  {:6.3f} {:6.3f} {:6.3f}  {:6.3f}\n",
                 name, c.gold, c.system, c.strict_p(), c.strict_r(),
                 timex::f1(c.strict_p(), c.strict_r()), c.lenient_p(), c.lenient_r(),
                 timex::f1(c.lenient_p(), c.lenient_r()), c.value_accuracy());
    };
    for (const auto& f : files) {
      timex::GoldDocument gold = timex::read_timex2_inline(f.string());
      Document doc;
      doc.id = gold.id;
      doc.text = gold.text;
      // The DCT of these files is the download time: narrative mode starts from the first date
      // the text names (TimexTagger does this when the reference is empty).
      tagger.tag(doc, ReferenceDate{});
      std::vector<timex::TimexError> errors;
      timex::TimexCounts c = timex::score_document(gold, doc.timexes, &errors);
      total.add(c);
      if (args->json) {
        nlohmann::json j = scores(c);
        j["document"] = gold.id;
        docs.push_back(j);
      } else {
        row(gold.id, c);
      }
      if (args->errors) {
        for (const auto& e : errors) {
          std::cerr << gold.id << "\t" << e.kind << "\tgold=[" << e.gold_text << "] "
                    << e.gold_value << "\tsys=[" << e.system_text << "] " << e.system_value << "\n";
        }
      }
    }
    const double lf1 = timex::f1(total.lenient_p(), total.lenient_r());
    if (args->json) {
      nlohmann::json j = scores(total);
      j["documents"] = docs;
      j["mode"] = args->mode;
      std::cout << j.dump(2) << "\n";
    } else {
      row("ALL", total);
      fmt::print(
          "value accuracy = lenient pairs with equal value (after TIMEX2/TIMEX3 normalisation) / "
          "lenient pairs\n");
    }
    if (lf1 < args->min_lenient_f1 || total.value_accuracy() < args->min_value_accuracy) {
      std::cerr << fmt::format(
          "below floor: lenient F1 {:.3f} (min {:.3f}), value accuracy {:.3f} "
          "(min {:.3f})\n",
          lf1, args->min_lenient_f1, total.value_accuracy(), args->min_value_accuracy);
      return kExitInputRejected;
    }
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("eval timex", "Score the temporal tagger on WikiWarsDE (TIMEX2 gold)",
                 setup_eval_timex);

}  // namespace lagebild::cli
