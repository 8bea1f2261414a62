// `lagebild timeline --db FILE [--entity ID] [--from DATE] [--to DATE] [--limit N] [--json]`:
// dated statements in date order, each with its article and sentence.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"

namespace lagebild::cli {
namespace {

struct TimelineArgs {
  std::string db;
  TimelineQuery query;
  bool json = false;
};

// What the date rests on: the expression in the sentence, or the event the sentence reports.
std::string basis_text(const TimelineEntry& e) {
  if (e.basis == "timex") return "„" + e.expression + "“";
  return "(event)";
}

int run_timeline(const TimelineArgs& args) {
  std::unique_ptr<Store> store = open_store_for_reading(args.db);
  const std::vector<TimelineEntry> entries = store->timeline(args.query);
  std::string out;
  if (args.json) {
    for (const TimelineEntry& e : entries) {
      out += json_line({{"date", e.date},
                        {"first", e.first},
                        {"last", e.last},
                        {"basis", e.basis},
                        {"expression", string_or_null(e.expression)},
                        {"id", e.document},
                        {"title", e.title ? nlohmann::json(*e.title) : nlohmann::json()},
                        {"sentence", e.sentence},
                        {"text", e.text}});
    }
  } else if (!entries.empty()) {
    TextTable table({"date", "article", "#", "because", "sentence"}, {false, false, true});
    for (const TimelineEntry& e : entries) {
      table.add({e.date, e.document, std::to_string(e.sentence), basis_text(e), e.text});
    }
    out = table.render();
  }
  print(out);
  if (entries.empty() && !args.json) std::fprintf(stderr, "no dated statements found\n");
  return kExitOk;
}

CommandRun setup_timeline(CLI::App& app) {
  auto args = std::make_shared<TimelineArgs>();
  add_db_option(app, args->db);
  app.add_option("--entity", args->query.entity,
                 "Only sentences that mention this entity id (see `lagebild entities`)");
  add_date_range_options(app, args->query.range);
  app.add_option("--limit,-n", args->query.limit, "At most this many statements (default: all)");
  app.add_flag("--json", args->json,
               "One JSON object per statement: date, first, last, basis, expression, id, title, "
               "sentence, text");
  return [args] { return run_timeline(*args); };
}

}  // namespace

LAGEBILD_COMMAND("timeline", "Dated statements of a store in date order", setup_timeline);

}  // namespace lagebild::cli
