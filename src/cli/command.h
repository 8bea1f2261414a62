// The subcommand registry of the `lagebild` tool.
//
// Each subcommand lives in its own file (src/cli/cmd_*.cc) and registers itself with one
// LAGEBILD_COMMAND line, so adding a command touches no shared file. A command path may have two
// words ("eval ner", "train ner"): the first becomes a group, the second its subcommand.
#ifndef LAGEBILD_CLI_COMMAND_H_
#define LAGEBILD_CLI_COMMAND_H_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace lagebild::cli {

// Exit codes shared by all subcommands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputRejected = 1;  // some inputs rejected, or the command failed
inline constexpr int kExitUsage = 2;          // bad command line

// A command's setup adds its options to `app` and returns the function that runs it after
// parsing. Options are bound to state the setup owns (capture a shared_ptr).
using CommandRun = std::function<int()>;
using CommandSetup = std::function<CommandRun(CLI::App& app)>;

struct CommandSpec {
  std::string path;  // "analyze" or "eval ner"
  std::string description;
  CommandSetup setup;
};

std::vector<CommandSpec>& command_registry();

struct CommandRegistrar {
  CommandRegistrar(std::string path, std::string description, CommandSetup setup) {
    command_registry().push_back({std::move(path), std::move(description), std::move(setup)});
  }
};

}  // namespace lagebild::cli

#define LAGEBILD_COMMAND_CONCAT2(a, b) a##b
#define LAGEBILD_COMMAND_CONCAT(a, b) LAGEBILD_COMMAND_CONCAT2(a, b)
// Registers a subcommand: LAGEBILD_COMMAND("eval ner", "Score the tagger", setup_fn);
#define LAGEBILD_COMMAND(path, description, setup)                  \
  static ::lagebild::cli::CommandRegistrar LAGEBILD_COMMAND_CONCAT( \
      lagebild_command_registrar_, __LINE__)(path, description, setup)

#endif  // LAGEBILD_CLI_COMMAND_H_
