// `lagebild version`: prints the version and where data files are read from.
#include <iostream>

#include "cli/command.h"
#include "core/paths.h"

namespace lagebild::cli {
namespace {

CommandRun setup_version(CLI::App&) {
  return [] {
    std::cout << "lagebild " << LAGEBILD_VERSION << "\ndata: " << data_dir() << "\n";
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("version", "Print the version and the data directory", setup_version);

}  // namespace lagebild::cli
