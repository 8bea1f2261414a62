// `lagebild tag-timex`: tags time expressions in text from stdin (or --text) and prints one line
// per expression: start, end (bytes), text, type, value, mod, anchor. For debugging the rules.
#include <iostream>

#include "cli/command.h"
#include "core/paths.h"
#include "core/read_all.h"
#include "lagebild/timex.h"

namespace lagebild::cli {
namespace {

struct TagTimexArgs {
  std::string text;
  std::string reference;
  std::string mode = "news";
  std::string rules = data_path("de/timex");
};

CommandRun setup_tag_timex(CLI::App& app) {
  auto args = std::make_shared<TagTimexArgs>();
  app.add_option("--text", args->text, "Text to tag (default: stdin)");
  app.add_option("--date", args->reference, "Reference date YYYY[-MM[-DD]]");
  app.add_option("--mode", args->mode, "news or narrative")
      ->check(CLI::IsMember({"news", "narrative"}));
  app.add_option("--rules", args->rules, "Rule folder (default: data/de/timex)");
  return [args]() -> int {
    Document doc;
    if (args->text.empty()) {
      doc.text = core::read_all(std::cin);
    } else {
      doc.text = args->text;
    }
    TimexOptions options;
    options.mode = args->mode == "news" ? TimexMode::kNews : TimexMode::kNarrative;
    TimexTagger tagger(TimexRules::load(args->rules), options);
    tagger.tag(doc, ReferenceDate::parse(args->reference));
    for (const Timex& t : doc.timexes) {
      std::cout << t.begin << "\t" << t.end << "\t" << doc.slice(t) << "\t" << t.type << "\t"
                << t.value << "\t" << t.mod << "\t" << t.anchor << "\n";
    }
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("tag-timex", "Tag time expressions in text (debugging aid)", setup_tag_timex);

}  // namespace lagebild::cli
