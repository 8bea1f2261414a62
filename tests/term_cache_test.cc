// The shared word -> terms cache of the analysis workers (store/term_cache.h) and the per-worker
// front cache before it (store/front_term_cache.h): a hit gives exactly the bytes a fresh
// computation gives, under eviction, slot collisions and from several threads at once.
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "store/front_term_cache.h"
#include "store/index_terms.h"
#include "store/term_cache.h"
#include "text/decompound.h"

namespace lagebild::store {
namespace {

DecompounderSource bundled() {
  return [] { return Decompounder::shared_default(); };
}

const std::vector<std::string>& words() {
  static const std::vector<std::string> list = {"Luftabwehrkräfte",
                                                "Drohnen",
                                                "Atom-Abwehr",
                                                "Verteidigungsminister",
                                                "der",
                                                "Nato-Generalsekretär",
                                                "2025",
                                                "Kyjiw",
                                                "Bundeswehrbeschaffungsamt",
                                                "Abwehrkampf",
                                                "Ölpreis",
                                                "und",
                                                std::string(80, 'x')};  // too long to cache
  return list;
}

std::string computed(IndexTerms& terms, const std::string& word) {
  std::string out;
  encode_word_terms(terms.compute_document_terms(word), out);
  return out;
}

TEST(TermCache, AHitGivesTheComputedTerms) {
  IndexTerms terms(bundled());
  TermCache cache;
  for (int round = 0; round < 2; ++round) {  // misses, then hits
    for (const std::string& word : words()) {
      std::string out = "prefix";
      cache.append_encoded_terms(word, terms, out);
      EXPECT_EQ(out, "prefix" + computed(terms, word)) << word << " round " << round;
    }
  }
  EXPECT_EQ(cache.size(), words().size() - 1);  // all but the 80-byte word
  // "Luftabwehrkräfte": the whole stem and its parts, as the tokenizer indexes them.
  std::string expected;
  encode_word_terms(terms.document_terms("Luftabwehrkräfte"), expected);
  std::string out;
  cache.append_encoded_terms("Luftabwehrkräfte", terms, out);
  EXPECT_EQ(out, expected);
  EXPECT_GT(static_cast<unsigned char>(out[0]), 1);  // more than one term
}

TEST(TermCache, ATinyBudgetEvictsButStaysCorrect) {
  IndexTerms terms(bundled());
  TermCache cache(64 * 64);  // 64 bytes per shard: each shard holds one or two words
  for (int i = 0; i < 2000; ++i) {
    const std::string word = "Wort" + std::to_string(i % 300) + "abwehr";
    std::string out;
    cache.append_encoded_terms(word, terms, out);
    ASSERT_EQ(out, computed(terms, word)) << word;
  }
  EXPECT_LE(cache.size(), 2u * 64);
}

TEST(TermCache, ThreadsShareItSafely) {
  TermCache cache;
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      IndexTerms terms(bundled());  // one per thread, as the indexer keeps them
      for (int i = 0; i < 3000; ++i) {
        cache.append_encoded_terms(words()[(i * 7 + t) % words().size()], terms, results[t]);
        cache.append_encoded_terms("Zahl" + std::to_string(i), terms, results[t]);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  IndexTerms terms(bundled());
  for (size_t t = 0; t < results.size(); ++t) {
    std::string expected;
    for (int i = 0; i < 3000; ++i) {
      expected += computed(terms, words()[(i * 7 + t) % words().size()]);
      expected += computed(terms, "Zahl" + std::to_string(i));
    }
    EXPECT_EQ(results[t], expected) << "thread " << t;
  }
}

TEST(FrontTermCache, AHitGivesTheComputedTerms) {
  IndexTerms terms(bundled());
  TermCache shared;
  FrontTermCache front(shared);
  for (int round = 0; round < 3; ++round) {  // misses of both, then hits of the front
    for (const std::string& word : words()) {
      std::string out = "prefix";
      front.append_encoded_terms(word, terms, out);
      EXPECT_EQ(out, "prefix" + computed(terms, word)) << word << " round " << round;
    }
  }
  // Every word went through the shared cache once, the 80-byte one every time (not cached).
  EXPECT_EQ(shared.size(), words().size() - 1);
}

TEST(FrontTermCache, CollidingWordsEvictEachOtherButStayCorrect) {
  IndexTerms terms(bundled());
  TermCache shared;
  FrontTermCache front(shared, 2);  // two slots: nearly every word collides with another
  std::string out, expected;
  for (int i = 0; i < 500; ++i) {
    const std::string& word = words()[(i * 5) % words().size()];
    const std::string number = "Zahl" + std::to_string(i % 40);
    front.append_encoded_terms(word, terms, out);
    front.append_encoded_terms(number, terms, out);
    expected += computed(terms, word) + computed(terms, number);
  }
  EXPECT_EQ(out, expected);
}

TEST(FrontTermCache, WordsTooLongForASlotComeFromTheSharedCache) {
  IndexTerms terms(bundled());
  TermCache shared;
  FrontTermCache front(shared);
  // 60 bytes: fits the shared cache (<= 64) but not a 58-byte front slot with its terms.
  const std::string word = "Bundeswehrbeschaffungsamtsverteidigungsministeriumsabteilung";
  ASSERT_EQ(word.size(), 60u);
  for (int round = 0; round < 2; ++round) {
    std::string out;
    front.append_encoded_terms(word, terms, out);
    EXPECT_EQ(out, computed(terms, word)) << "round " << round;
  }
  EXPECT_EQ(shared.size(), 1u);
}

}  // namespace
}  // namespace lagebild::store
