// Pipeline and run_stream(): stages run, output comes in input order whatever the threads and
// queue bounds, issues stay in step with the documents, failures stop the run cleanly.
#include <lagebild/pipeline.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/thread_priority.h"

namespace lagebild {
namespace {

namespace fs = std::filesystem;

class StreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "lagebild-stream-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  // A JSON Lines feed of `n` articles of varied length, with a malformed line at `bad_line`.
  std::string feed(int n, int bad_line) {
    std::string content;
    for (int i = 1; i <= n; ++i) {
      if (i == bad_line) {
        content += "{\"id\": \"kaputt\", \"text\": \n";
        continue;
      }
      std::string text = "Meldung " + std::to_string(i) + ".";
      for (int k = 0; k < (i * 7) % 40; ++k) {
        text += " Der Ausschuss beriet am " + std::to_string(1 + k % 28) +
                ". März über den Haushalt der Stadt.";
      }
      content += "{\"id\": \"m" + std::to_string(i) + "\", \"text\": \"" + text + "\"}\n";
    }
    return write("feed.jsonl", content);
  }

  // Everything the consumer saw, in order: "doc ID SENTENCES TOKENS PAYLOAD" and "issue WHERE".
  std::vector<std::string> run(const std::vector<std::string>& paths, StreamOptions options,
                               StreamStats* stats_out = nullptr) {
    ArticleReader reader(paths);
    std::vector<std::string> events;
    StreamHandlers handlers;
    handlers.finish = [](Document& doc, std::string& payload) { payload = "p:" + doc.id; };
    handlers.consume = [&](Document&& doc, std::string&& payload) {
      events.push_back("doc " + doc.id + " " + std::to_string(doc.sentences.size()) + " " +
                       std::to_string(doc.tokens.size()) + " " + payload);
    };
    handlers.issue = [&](const ReadIssue& issue) { events.push_back("issue " + issue.where); };
    const StreamStats stats = run_stream(reader, pipeline_, options, handlers);
    if (stats_out != nullptr) *stats_out = stats;
    return events;
  }

  fs::path dir_;
  const Pipeline pipeline_{PipelineOptions{}};
};

TEST(PipelineTest, AnalyzeSegments) {
  const Pipeline pipeline{PipelineOptions{}};
  Document doc;
  doc.text = "Der Rat tagte am Montag. Er beschloss nichts.\n\nDas Wetter war gut.";
  pipeline.analyze(doc);
  EXPECT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_GE(doc.tokens.size(), 14u);
  EXPECT_EQ(pipeline.options().timex_mode, "news");
}

TEST_F(StreamTest, SameOutputInInputOrderWhateverTheThreads) {
  const std::string path = feed(400, 150);
  StreamStats stats;
  const auto serial = run({path}, StreamOptions{.threads = 1}, &stats);
  ASSERT_EQ(serial.size(), 400u);
  EXPECT_EQ(serial[0].substr(0, 7), "doc m1 ");
  EXPECT_EQ(serial[149], "issue " + path + ":150");
  EXPECT_EQ(serial[150].substr(0, 9), "doc m151 ");
  EXPECT_TRUE(serial[0].ends_with(" p:m1"));
  EXPECT_EQ(stats.documents, 399u);
  EXPECT_EQ(stats.errors, 1u);
  EXPECT_EQ(stats.reader.records, 400u);
  EXPECT_GT(stats.tokens, 399u);

  for (unsigned threads : {2u, 4u, 8u}) {
    EXPECT_EQ(run({path}, StreamOptions{.threads = threads}), serial) << threads;
  }
  // Tiny bounds: the queue and the reorder buffer are full all the time, and nothing deadlocks.
  EXPECT_EQ(run({path}, StreamOptions{.threads = 4, .max_queued_docs = 1, .max_queued_bytes = 1}),
            serial);
  EXPECT_EQ(run({path}, StreamOptions{.threads = 3, .max_queued_docs = 2, .max_queued_bytes = 500}),
            serial);
}

TEST_F(StreamTest, ReaderIssuesStayBetweenTheDocumentsAroundThem) {
  const std::string a = write("a.txt", "Erster Artikel.");
  const std::string b = write("b.txt", "Zweiter Artikel.");
  const std::string missing = (dir_ / "fehlt.txt").string();
  const std::string empty = write("leer.txt", "");
  for (unsigned threads : {1u, 4u}) {
    const auto events = run({a, missing, empty, b, missing}, StreamOptions{.threads = threads});
    ASSERT_EQ(events.size(), 5u);
    EXPECT_TRUE(events[0].starts_with("doc a "));
    EXPECT_EQ(events[1], "issue " + missing);
    EXPECT_EQ(events[2], "issue " + empty);
    EXPECT_TRUE(events[3].starts_with("doc b "));
    EXPECT_EQ(events[4], "issue " + missing);
  }
}

TEST_F(StreamTest, NoInputAtAll) {
  StreamStats stats;
  EXPECT_TRUE(run({}, StreamOptions{.threads = 2}, &stats).empty());
  EXPECT_EQ(stats.documents, 0u);
}

#ifdef __linux__
// worker_nice: the workers run lower, the consumer (the calling thread) does not, and the output
// is the same.
TEST_F(StreamTest, WorkersRunAtTheLowerPriorityTheConsumerDoesNot) {
  const int base = core::this_thread_nice();
  if (base > 14) GTEST_SKIP() << "the test runs at nice " << base << " already";
  const std::string path = feed(50, 0);
  ArticleReader reader({path});
  std::mutex mutex;
  std::set<int> worker_nice, consumer_nice;
  StreamHandlers handlers;
  handlers.finish = [&](Document&, std::string&) {
    std::lock_guard<std::mutex> lock(mutex);
    worker_nice.insert(core::this_thread_nice());
  };
  size_t documents = 0;
  handlers.consume = [&](Document&&, std::string&&) {
    consumer_nice.insert(core::this_thread_nice());
    ++documents;
  };
  run_stream(reader, pipeline_, StreamOptions{.threads = 2, .worker_nice = 5}, handlers);
  EXPECT_EQ(documents, 50u);
  EXPECT_EQ(worker_nice, std::set<int>{base + 5});
  EXPECT_EQ(consumer_nice, std::set<int>{base});
  EXPECT_EQ(run({path}, StreamOptions{.threads = 2, .worker_nice = 5}),
            run({path}, StreamOptions{.threads = 2}));
}
#endif

TEST_F(StreamTest, ConsumerFailureStopsTheRunAndIsRethrown) {
  const std::string path = feed(2000, 0);
  ArticleReader reader({path});
  StreamHandlers handlers;
  int seen = 0;
  handlers.consume = [&](Document&&, std::string&&) {
    if (++seen == 10) throw std::runtime_error("Speicher voll");
  };
  StreamOptions options{.threads = 3, .max_queued_docs = 8, .max_queued_bytes = 1 << 20};
  EXPECT_THROW(run_stream(reader, pipeline_, options, handlers), std::runtime_error);
  EXPECT_EQ(seen, 10);
}

}  // namespace
}  // namespace lagebild
