// The command-line options that choose how the pipeline analyses articles, shared by every
// subcommand that runs it (analyze, ingest).
#ifndef LAGEBILD_CLI_PIPELINE_FLAGS_H_
#define LAGEBILD_CLI_PIPELINE_FLAGS_H_

#include <lagebild/pipeline.h>

#include <CLI/CLI.hpp>

namespace lagebild::cli {

// Adds --timex-mode and --stages, bound to `options` (which must outlive parsing).
void add_pipeline_flags(CLI::App& app, PipelineOptions& options);

}  // namespace lagebild::cli

#endif  // LAGEBILD_CLI_PIPELINE_FLAGS_H_
