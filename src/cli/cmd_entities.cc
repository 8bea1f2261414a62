// `lagebild entities --db FILE [--type PER|LOC|ORG|MISC] [--limit N] [--json]`: who and what the
// stored articles mention, most mentioned first, with mention and article counts.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"

namespace lagebild::cli {
namespace {

struct EntitiesArgs {
  std::string db;
  EntityQuery query;
  bool json = false;
};

int run_entities(const EntitiesArgs& args) {
  std::unique_ptr<Store> store = open_store_for_reading(args.db);
  const std::vector<EntitySummary> entities = store->entities(args.query);
  std::string out;
  if (args.json) {
    for (const EntitySummary& e : entities) {
      out += json_line({{"id", e.id},
                        {"name", string_or_null(e.name)},
                        {"type", e.type},
                        {"mentions", e.mentions},
                        {"articles", e.documents}});
    }
  } else if (!entities.empty()) {
    TextTable table({"mentions", "articles", "type", "id", "name"}, {true, true});
    for (const EntitySummary& e : entities) {
      table.add({std::to_string(e.mentions), std::to_string(e.documents), e.type, e.id, e.name});
    }
    out = table.render();
  }
  print(out);
  if (entities.empty() && !args.json) {
    std::fprintf(stderr, "no entities stored%s (ingest with the default --stages all)\n",
                 args.query.type.empty() ? "" : (" of type " + args.query.type).c_str());
  }
  return kExitOk;
}

CommandRun setup_entities(CLI::App& app) {
  auto args = std::make_shared<EntitiesArgs>();
  add_db_option(app, args->db);
  app.add_option("--type", args->query.type, "Only mentions of this type")
      ->check(CLI::IsMember({"PER", "LOC", "ORG", "MISC"}));
  app.add_option("--limit,-n", args->query.limit, "At most this many entities (default: all)");
  app.add_flag("--json", args->json,
               "One JSON object per entity: id, name, type, mentions, articles");
  return [args] { return run_entities(*args); };
}

}  // namespace

LAGEBILD_COMMAND("entities", "List the entities of a store with mention and article counts",
                 setup_entities);

}  // namespace lagebild::cli
