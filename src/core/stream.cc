// run_stream(): reader thread -> bounded FIFO -> analysis workers -> reorder buffer -> consumer.
#include <lagebild/pipeline.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

#include "core/bounded_queue.h"
#include "core/thread_priority.h"

namespace lagebild {
namespace {

// One input record on its way through the stream, with the issues met on the way. Issue-only
// items (a skipped file, the last issues of the run) carry no record and make no document.
struct Item {
  uint64_t seq = 0;
  size_t bytes = 0;  // what the item holds, for the queue bounds
  std::optional<RawRecord> record;
  std::optional<Document> doc;
  std::string payload;
  std::vector<ReadIssue> issues;
};

// Bytes a document holds: text, payload and layers (the token layer dominates).
size_t footprint(const Document& doc, const std::string& payload) {
  return doc.text.size() + payload.size() + doc.tokens.size() * sizeof(Token) +
         doc.sentences.size() * sizeof(Sentence) + 512;
}

void read_all(ArticleReader& reader, core::BoundedFifo<Item>& queue,
              core::ReorderBuffer<Item>& done, std::exception_ptr& failure) {
  uint64_t seq = 0;
  try {
    Item item;
    RawRecord record;
    while (reader.next_record(record, item.issues)) {
      item.seq = seq;
      item.bytes = record.bytes.size() + 256;
      item.record = std::move(record);
      record = RawRecord();
      if (!queue.push(std::move(item))) break;
      ++seq;
      item = Item();
    }
    if (!item.issues.empty()) {
      item.seq = seq;
      item.bytes = 256;
      if (queue.push(std::move(item))) ++seq;
    }
  } catch (...) {
    failure = std::current_exception();
  }
  queue.close();
  done.set_total(seq);
}

void analyze_all(const Pipeline& pipeline, const ReaderOptions& reader_options,
                 const StreamHandlers& handlers, int nice, core::BoundedFifo<Item>& queue,
                 core::ReorderBuffer<Item>& done) {
  core::lower_this_thread_priority(nice);
  Item item;
  while (queue.pop(item)) {
    if (item.record) {
      const std::string where = item.record->line > 0
                                    ? item.record->path + ":" + std::to_string(item.record->line)
                                    : item.record->path;
      try {
        item.doc = decode_record(std::move(*item.record), reader_options, item.issues);
        item.record.reset();
        if (item.doc && handlers.analyze_long &&
            item.doc->text.size() > pipeline.options().window_bytes) {
          handlers.analyze_long(*item.doc, item.payload);
          item.bytes = footprint(*item.doc, item.payload);
        } else if (item.doc) {
          pipeline.analyze(*item.doc);
          if (handlers.finish) handlers.finish(*item.doc, item.payload);
          item.bytes = footprint(*item.doc, item.payload);
        }
      } catch (const std::exception& e) {
        // A stage failing on one article rejects that article, not the run.
        item.issues.push_back(ReadIssue{ReadIssue::Severity::kError, where,
                                        std::string("analysis failed: ") + e.what()});
        item.record.reset();
        item.doc.reset();
        item.payload.clear();
      }
      if (!item.doc) item.bytes = 256;
    }
    if (!done.put(std::move(item))) break;
    item = Item();
  }
}

}  // namespace

StreamStats run_stream(ArticleReader& reader, const Pipeline& pipeline,
                       const StreamOptions& options, const StreamHandlers& handlers) {
  const auto start = std::chrono::steady_clock::now();
  unsigned workers = options.threads;
  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());

  core::BoundedFifo<Item> queue(options.max_queued_docs, options.max_queued_bytes);
  core::ReorderBuffer<Item> done(options.max_queued_docs, options.max_queued_bytes);
  std::exception_ptr reader_failure;
  std::exception_ptr consumer_failure;

  std::thread reader_thread(read_all, std::ref(reader), std::ref(queue), std::ref(done),
                            std::ref(reader_failure));
  std::vector<std::thread> worker_threads;
  worker_threads.reserve(workers);
  for (unsigned i = 0; i < workers; ++i) {
    worker_threads.emplace_back(analyze_all, std::cref(pipeline), std::cref(reader.options()),
                                std::cref(handlers), options.worker_nice, std::ref(queue),
                                std::ref(done));
  }

  StreamStats stats;
  try {
    Item item;
    while (done.take(item)) {
      for (const ReadIssue& issue : item.issues) {
        ++(issue.severity == ReadIssue::Severity::kError ? stats.errors : stats.warnings);
        if (handlers.issue) handlers.issue(issue);
      }
      if (item.doc) {
        ++stats.documents;
        stats.text_bytes += item.doc->text.size();
        stats.tokens += item.doc->tokens.size();
        handlers.consume(std::move(*item.doc), std::move(item.payload));
      }
      item = Item();
    }
  } catch (...) {
    consumer_failure = std::current_exception();
    queue.abort();
    done.abort();
  }
  reader_thread.join();
  for (auto& t : worker_threads) t.join();
  if (consumer_failure) std::rethrow_exception(consumer_failure);
  if (reader_failure) std::rethrow_exception(reader_failure);

  stats.reader = reader.stats();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace lagebild
