// lagebild — the analysis pipeline, and the streaming driver that runs it over many articles.
//
// Pipeline. One object holds every resource the stages need (lexicons, models, rules, the
// knowledge base). They load once, in the constructor, and are immutable afterwards, so a single
// Pipeline is shared by all worker threads; analyze() keeps its per-document state in the
// Document itself. Stages run in this order, each adding one layer:
//   segment (paragraphs, sentences, tokens) -> ... (entities, time, claims, events: later issues)
//
// Streaming. run_stream() connects an ArticleReader to the pipeline and to one consumer:
//
//   reader thread --(bounded queue)--> N analysis workers --(bounded reorder buffer)--> consumer
//   files, lines                       decode_record + analyze                         the caller's
//                                                                                     thread
//
// The consumer sees documents, and the reader's issues, in INPUT order whatever the number of
// threads, so output is deterministic. Memory stays bounded whatever the input size: both the
// queue and the reorder buffer are limited in documents and in bytes (a single oversized record
// is still let through on its own, so nothing can deadlock).
#ifndef LAGEBILD_PIPELINE_H_
#define LAGEBILD_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <lagebild/document.h>
#include <lagebild/reader.h>

namespace lagebild {

struct PipelineOptions {
  // Time expressions: "news" anchors relative dates ("gestern", "am Freitag") on the document
  // date, as TempEval does for news; "narrative" anchors them on the last date mentioned, as
  // WikiWars-style narrative text needs. Read by the time stage once it exists.
  std::string timex_mode = "news";
  // Which stages run. "all": segmentation, entities (tagger + knowledge base), time expressions,
  // document dating, quantities and attribution. "segment": segmentation only, the cheapest
  // analysis (what the segmentation benchmark measures, and enough for full-text search).
  std::string stages = "all";
  // Documents longer than this (bytes of text) may be analysed in windows of about this size
  // (Pipeline::analyze_windows), so that memory stays bounded whatever the input. News articles
  // are far shorter and never windowed.
  size_t window_bytes = size_t{1} << 20;
};

class Pipeline {
 public:
  // Loads every resource; throws lagebild::Error naming the file when one is missing or broken.
  explicit Pipeline(const PipelineOptions& options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs all stages on `doc` (whose text is normalised, see reader.h), replacing the layers they
  // fill. Thread-safe: any number of threads may analyse different documents at once.
  void analyze(Document& doc) const;

  // For very long documents: analyses `doc` in consecutive windows of about
  // options().window_bytes, cut at paragraph or sentence ends, and hands each analysed window to
  // `each` with the byte offset of its text in doc.text; the window's layers are then dropped.
  // Memory stays that of one window. The first window dates the document (doc.date is set from
  // it) and the others are resolved against that date; names, surnames and dates are not carried
  // from one window to the next. `doc` itself keeps its text and gets no layers.
  void analyze_windows(Document& doc,
                       const std::function<void(Document& window, uint32_t offset)>& each) const;

  const PipelineOptions& options() const;

 private:
  struct Resources;
  std::unique_ptr<const Resources> resources_;
  PipelineOptions options_;
};

struct StreamOptions {
  // Analysis workers. 0 means one per hardware thread. The reader and the consumer run on
  // threads of their own besides these.
  unsigned threads = 0;
  // Bounds of the queue into the workers and of the reorder buffer after them, each. 64 MiB keeps
  // a few hundred news articles in flight per stage, plenty to keep the workers busy.
  size_t max_queued_docs = 1024;
  size_t max_queued_bytes = size_t{64} << 20;
  // How much lower than the calling thread the analysis workers run, in nice steps (Linux; 0 to
  // 19). When the consumer is the slower stage (the store writer of `ingest`), it then has a core
  // of its own whenever it can run, and the workers take what is left: on 2 cores, ingest is
  // 10-20% faster. Other programs on the machine also go before the workers.
  int worker_nice = 0;
};

// Callbacks of run_stream(). Only `consume` is required.
struct StreamHandlers {
  // On a worker thread, right after analysis: prepare what the consumer needs (for example
  // serialise the document) so that this work runs in parallel too. `payload` starts empty and
  // is handed to `consume` with the document.
  std::function<void(Document& doc, std::string& payload)> finish;
  // Optional, on a worker thread: for a document longer than PipelineOptions::window_bytes, this
  // replaces Pipeline::analyze and `finish` (say, Pipeline::analyze_windows with output written
  // as it goes), so that one huge article does not hold all its layers at once.
  std::function<void(Document& doc, std::string& payload)> analyze_long;
  // On the calling thread, in input order.
  std::function<void(Document&& doc, std::string&& payload)> consume;
  // On the calling thread, in input order with the documents: every reader warning and error.
  std::function<void(const ReadIssue& issue)> issue;
};

struct StreamStats {
  uint64_t documents = 0;   // handed to `consume`
  uint64_t text_bytes = 0;  // of their (normalised) text
  uint64_t tokens = 0;      // of their token layers
  uint64_t warnings = 0;
  uint64_t errors = 0;  // rejected inputs: files, lines, records (one per ERROR issue)
  ReaderStats reader;   // what the reader saw
  double seconds = 0;   // wall-clock time of the run
};

// Reads every record of `reader`, decodes and analyses it on `options.threads` workers, and
// hands the results to `handlers.consume` in input order. Errors in single inputs are reported
// through `handlers.issue` and counted, never thrown; an exception thrown by `consume` (say, the
// store failing) stops the run and is rethrown here once all threads have ended.
StreamStats run_stream(ArticleReader& reader, const Pipeline& pipeline,
                       const StreamOptions& options, const StreamHandlers& handlers);

}  // namespace lagebild

#endif  // LAGEBILD_PIPELINE_H_
