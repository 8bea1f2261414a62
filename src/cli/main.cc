// `lagebild`: the command-line front end. It only parses arguments and dispatches to the
// subcommands registered in src/cli/cmd_*.cc; all work happens in liblagebild.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include <lagebild/error.h>

#include "cli/command.h"

namespace lagebild::cli {

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

}  // namespace lagebild::cli

int main(int argc, char** argv) {
  using namespace lagebild::cli;
  CLI::App app{"lagebild: a dated, sourced situation picture from German news"};
  app.set_version_flag("--version", std::string("lagebild ") + LAGEBILD_VERSION);
  app.require_subcommand(1);

  auto specs = command_registry();
  std::sort(specs.begin(), specs.end(),
            [](const CommandSpec& a, const CommandSpec& b) { return a.path < b.path; });

  std::map<std::string, CLI::App*> groups;
  std::vector<std::pair<CLI::App*, CommandRun>> runs;
  runs.reserve(specs.size());
  for (const auto& spec : specs) {
    CLI::App* parent = &app;
    std::string name = spec.path;
    if (auto space = spec.path.find(' '); space != std::string::npos) {
      const std::string group = spec.path.substr(0, space);
      name = spec.path.substr(space + 1);
      auto it = groups.find(group);
      if (it == groups.end()) {
        CLI::App* g = app.add_subcommand(group, group + " commands");
        g->require_subcommand(1);
        it = groups.emplace(group, g).first;
      }
      parent = it->second;
    }
    CLI::App* sub = parent->add_subcommand(name, spec.description);
    runs.emplace_back(sub, spec.setup(*sub));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }

  try {
    for (auto& [sub, run] : runs) {
      if (sub->parsed()) return run();
    }
  } catch (const lagebild::Error& e) {
    std::cerr << "lagebild: " << e.what() << "\n";
    return kExitInputRejected;
  } catch (const std::exception& e) {
    std::cerr << "lagebild: " << e.what() << "\n";
    return kExitInputRejected;
  }
  return kExitUsage;
}
