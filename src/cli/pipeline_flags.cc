#include "cli/pipeline_flags.h"

namespace lagebild::cli {

void add_pipeline_flags(CLI::App& app, PipelineOptions& options) {
  app.add_option("--timex-mode", options.timex_mode,
                 "Anchor relative dates on the article date (news) or the last date (narrative)")
      ->check(CLI::IsMember({"news", "narrative"}))
      ->capture_default_str();
  app.add_option("--stages", options.stages,
                 "all: every stage; segment: segmentation only (fastest)")
      ->check(CLI::IsMember({"all", "segment"}))
      ->capture_default_str();
}

}  // namespace lagebild::cli
