// `lagebild ingest`: articles in, the Store out. The calling thread is the single store writer;
// documents reach it in input order and are written in batches, one transaction each, so that a
// crash loses at most the batch in flight and a re-run (writes are idempotent) completes it.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <lagebild/pipeline.h>
#include <lagebild/reader.h>
#include <lagebild/store.h>

#include "cli/command.h"
#include "cli/pipeline_flags.h"
#include "cli/progress.h"

namespace lagebild::cli {
namespace {

struct IngestArgs {
  std::string db;
  std::vector<std::string> paths;
  unsigned threads = 0;
  // 1,000 news articles (about 5-13 MB of text) per transaction: each commit flushes the
  // full-text index's in-memory terms as a new segment, and fewer, larger segments mean less
  // merging later; a crash re-does at most one batch.
  size_t batch_docs = 1000;
  // A batch is also closed at this much text and prepared index terms, so that a run of huge
  // articles stays in bounded memory.
  size_t batch_bytes = size_t{32} << 20;
  bool quiet = false;
  // The writer is the serial stage: the workers run at the lowest priority (see
  // StreamOptions::worker_nice) so that it never waits for a core.
  int worker_nice = 19;
  PipelineOptions pipeline;
};

int run_ingest(const IngestArgs& args) {
  const Pipeline pipeline{args.pipeline};
  const StoreOptions store_options;
  std::unique_ptr<Store> store = Store::open(args.db, store_options);
  // The full-text terms are computed on the analysis workers, not on this (the writer) thread,
  // and not at all for an article the store already holds unchanged.
  const StoreIndexer indexer(store_options, *store);
  ArticleReader reader(args.paths);
  ProgressBar progress(progress_wanted(args.quiet));
  IssueReport report(progress);

  StoreWriteResult total;
  std::vector<Document> batch;
  std::vector<std::string> prepared;  // prepared[i]: the full-text terms of batch[i]
  size_t batch_text = 0;
  uint64_t articles = 0;
  uint64_t bytes = 0;
  auto flush = [&] {
    if (batch.empty()) return;
    const StoreWriteResult r = store->write(batch, prepared);
    total.inserted += r.inserted;
    total.replaced += r.replaced;
    total.unchanged += r.unchanged;
    batch.clear();
    prepared.clear();
    batch_text = 0;
  };

  StreamOptions stream_options;
  stream_options.threads = args.threads;
  stream_options.worker_nice = args.worker_nice;
  StreamHandlers handlers;
  handlers.finish = [&indexer](Document& doc, std::string& terms) { terms = indexer.prepare(doc); };
  handlers.consume = [&](Document&& doc, std::string&& terms) {
    ++articles;
    bytes += doc.text.size();
    batch_text += doc.text.size() + terms.size();
    batch.push_back(std::move(doc));
    prepared.push_back(std::move(terms));
    if (batch.size() >= args.batch_docs || batch_text >= args.batch_bytes) flush();
    progress.update(articles, bytes);
  };
  handlers.issue = [&report](const ReadIssue& issue) { report.add(issue); };

  const StreamStats stats = run_stream(reader, pipeline, stream_options, handlers);
  flush();
  progress.clear();
  if (!args.quiet) {
    const double s = stats.seconds > 0 ? stats.seconds : 1e-9;
    std::fprintf(stderr,
                 "ingested into %s: %s read, %s inserted, %s replaced, %s unchanged, %s rejected"
                 "; %.2f MB of text, %s tokens in %.2f s: %.0f articles/s, %.2f MB/s\n",
                 args.db.c_str(), with_separators(stats.documents).c_str(),
                 with_separators(total.inserted).c_str(), with_separators(total.replaced).c_str(),
                 with_separators(total.unchanged).c_str(), with_separators(stats.errors).c_str(),
                 static_cast<double>(stats.text_bytes) / 1e6, with_separators(stats.tokens).c_str(),
                 stats.seconds, static_cast<double>(stats.documents) / s,
                 static_cast<double>(stats.text_bytes) / 1e6 / s);
  }
  report.print_rejected_summary();
  return report.rejected() > 0 ? kExitInputRejected : kExitOk;
}

CommandRun setup_ingest(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  app.add_option("--db", args->db, "The store (SQLite file; created if missing)")->required();
  app.add_option("paths", args->paths,
                 "Articles: .txt, .jsonl, .json (optionally .gz), directories, - for stdin")
      ->required();
  app.add_option("--threads,-j", args->threads, "Analysis threads (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--batch", args->batch_docs, "Articles per transaction")
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  app.add_option("--worker-nice", args->worker_nice,
                 "Nice steps below the writer for the analysis threads (Linux; 0: same priority)")
      ->check(CLI::Range(0, 19))
      ->capture_default_str();
  app.add_flag("--quiet,-q", args->quiet, "No progress line and no closing summary");
  add_pipeline_flags(app, args->pipeline);
  return [args] { return run_ingest(*args); };
}

}  // namespace

LAGEBILD_COMMAND("ingest", "Analyse articles and store them (idempotent, crash-safe)",
                 setup_ingest);

}  // namespace lagebild::cli
