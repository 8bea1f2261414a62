// Throughput of the text layer on real German news: segment(), normalize_text(), both, and the
// temporal tagger (issue 4 asks >= 20 MB/s per thread for it).
//
// Input: the "text" fields of the first LAGEBILD_BENCH_MB megabytes (default 20) of
// $LAGEBILD_BENCH_JSONL, else ../shared/data/news/adl-german-news/adl-german-news.jsonl. Bytes
// per second are text bytes (UTF-8), per thread: run with --benchmark_filter to pick one.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "core/paths.h"
#include "lagebild/text.h"
#include "lagebild/timex.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::string> dates;  // the article's date, the reference for relative expressions
  size_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const char* env = std::getenv("LAGEBILD_BENCH_JSONL");
    const std::string path =
        env != nullptr
            ? env
            : std::string(LAGEBILD_SHARED_DIR) + "/data/news/adl-german-news/adl-german-news.jsonl";
    const char* mb = std::getenv("LAGEBILD_BENCH_MB");
    const size_t limit = static_cast<size_t>(mb != nullptr ? std::atof(mb) : 20.0) * 1000000;
    std::ifstream in(path);
    std::string line;
    while (out.bytes < limit && std::getline(in, line)) {
      const auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!json.is_object() || !json.contains("text") || !json["text"].is_string()) continue;
      out.texts.push_back(json["text"].get<std::string>());
      out.dates.push_back(json.value("date", std::string()));
      out.bytes += out.texts.back().size();
    }
    if (out.texts.empty()) std::cerr << "segment_bench: no texts read from " << path << "\n";
    return out;
  }();
  return c;
}

void BM_Segment(benchmark::State& state) {
  const Corpus& c = corpus();
  if (c.texts.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  std::vector<lagebild::Document> docs(c.texts.size());
  for (size_t i = 0; i < docs.size(); ++i) docs[i].text = c.texts[i];
  size_t tokens = 0;
  size_t sentences = 0;
  for (auto _ : state) {
    tokens = sentences = 0;
    for (lagebild::Document& doc : docs) {
      lagebild::segment(doc);
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    benchmark::DoNotOptimize(tokens);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const Corpus& c = corpus();
  size_t changed = 0;
  for (auto _ : state) {
    changed = 0;
    for (const std::string& text : c.texts) {
      const lagebild::NormalizedText n = lagebild::normalize_text(text);
      changed += n.original_offset.empty() ? 0 : 1;
    }
    benchmark::DoNotOptimize(changed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["changed_docs"] = static_cast<double>(changed);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_NormalizeAndSegment(benchmark::State& state) {
  const Corpus& c = corpus();
  lagebild::Document doc;
  for (auto _ : state) {
    for (const std::string& text : c.texts) {
      doc.text = lagebild::normalize_text(text).text;
      lagebild::segment(doc);
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_NormalizeAndSegment)->Unit(benchmark::kMillisecond);

// Lower-casing and stemming every word token: the search index's per-token cost.
void BM_LowerAndStem(benchmark::State& state) {
  const Corpus& c = corpus();
  std::vector<lagebild::Document> docs(std::min<size_t>(c.texts.size(), 500));
  size_t bytes = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].text = c.texts[i];
    lagebild::segment(docs[i]);
    bytes += docs[i].text.size();
  }
  lagebild::GermanStemmer stemmer;
  for (auto _ : state) {
    for (const lagebild::Document& doc : docs) {
      for (const lagebild::Token& t : doc.tokens) {
        if (t.kind != lagebild::TokenKind::kWord) continue;
        benchmark::DoNotOptimize(stemmer.stem(lagebild::to_lower(doc.slice(t))));
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_LowerAndStem)->Unit(benchmark::kMillisecond);

// The temporal tagger alone on segmented articles, each against its own date (news mode).
void BM_TimexTag(benchmark::State& state) {
  const Corpus& c = corpus();
  if (c.texts.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  const lagebild::TimexTagger tagger(lagebild::TimexRules::load(lagebild::data_path("de/timex")));
  std::vector<lagebild::Document> docs(c.texts.size());
  std::vector<lagebild::ReferenceDate> refs;
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].text = c.texts[i];
    lagebild::segment(docs[i]);
    refs.push_back(lagebild::ReferenceDate::parse(c.dates[i].substr(0, 10)));
  }
  size_t timexes = 0;
  for (auto _ : state) {
    timexes = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      docs[i].timexes.clear();
      tagger.tag(docs[i], refs[i]);
      timexes += docs[i].timexes.size();
    }
    benchmark::DoNotOptimize(timexes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["timexes"] = static_cast<double>(timexes);
}
BENCHMARK(BM_TimexTag)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
