// `lagebild analyze`: articles in, the output contract out -- one JSON object per article on
// stdout, in input order whatever the number of threads.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <lagebild/pipeline.h>
#include <lagebild/reader.h>

#include "cli/command.h"
#include "cli/pipeline_flags.h"
#include "cli/progress.h"
#include "io/document_json.h"
#include "io/windowed_json.h"

namespace lagebild::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  unsigned threads = 0;
  bool tokens = false;
  bool quiet = false;
  PipelineOptions pipeline;
};

int run_analyze(const AnalyzeArgs& args) {
  const Pipeline pipeline{args.pipeline};
  ArticleReader reader(args.paths);
  ProgressBar progress(progress_wanted(args.quiet));
  IssueReport report(progress);

  // A large stdout buffer: one write per ~1 MB instead of one per article.
  static char out_buffer[1 << 20];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);

  io::DocumentJsonOptions json_options;
  json_options.tokens = args.tokens;
  StreamOptions stream_options;
  stream_options.threads = args.threads;
  uint64_t articles = 0;
  uint64_t bytes = 0;
  StreamHandlers handlers;
  // Serialising on the workers keeps the single consumer down to one fwrite per article.
  handlers.finish = [&json_options](Document& doc, std::string& payload) {
    io::append_document_json(doc, json_options, payload);
  };
  // A very long article: analysed in windows, its output spilled to a temporary file as it
  // goes, so that memory stays bounded whatever its length.
  handlers.analyze_long = [&pipeline, &json_options](Document& doc, std::string& payload) {
    io::WindowedJson out(json_options);
    pipeline.analyze_windows(
        doc, [&](Document& window, uint32_t offset) { out.add(window, offset, doc.text); });
    payload = out.finish(doc);
  };
  handlers.consume = [&](Document&& doc, std::string&& payload) {
    io::write_payload(payload, stdout);
    ++articles;
    bytes += doc.text.size();
    progress.update(articles, bytes);
  };
  handlers.issue = [&report](const ReadIssue& issue) { report.add(issue); };

  const StreamStats stats = run_stream(reader, pipeline, stream_options, handlers);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "lagebild: cannot write the output\n");
    return kExitInputRejected;
  }
  progress.clear();
  if (!args.quiet) {
    const double mb = static_cast<double>(stats.text_bytes) / 1e6;
    const double s = stats.seconds > 0 ? stats.seconds : 1e-9;
    std::fprintf(stderr,
                 "analyzed %s articles (%.2f MB of text, %s tokens) in %.2f s: %.0f articles/s, "
                 "%.2f MB/s, %.0f tokens/s\n",
                 with_separators(stats.documents).c_str(), mb,
                 with_separators(stats.tokens).c_str(), stats.seconds,
                 static_cast<double>(stats.documents) / s, mb / s,
                 static_cast<double>(stats.tokens) / s);
  }
  report.print_rejected_summary();
  return report.rejected() > 0 ? kExitInputRejected : kExitOk;
}

CommandRun setup_analyze(CLI::App& app) {
  auto args = std::make_shared<AnalyzeArgs>();
  app.add_option("paths", args->paths,
                 "Articles: .txt, .jsonl, .json (optionally .gz), directories, - for stdin")
      ->required();
  app.add_option("--threads,-j", args->threads, "Analysis threads (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  app.add_flag("--tokens", args->tokens, "Include the token layer in the output");
  app.add_flag("--quiet,-q", args->quiet, "No progress line and no closing summary");
  add_pipeline_flags(app, args->pipeline);
  return [args] { return run_analyze(*args); };
}

}  // namespace

LAGEBILD_COMMAND("analyze", "Analyse articles and print one JSON object per article",
                 setup_analyze);

}  // namespace lagebild::cli
