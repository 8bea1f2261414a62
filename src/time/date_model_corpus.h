// The dated news corpora the dating model learns from and is scored on, and the fixed rule that
// splits them into training and held-out dev articles.
//
// The dev rule (issue 4): an article of adl-german-news.jsonl is a dev candidate when its text
// contains "Ukrain", has at least 800 characters (code points) and is dated 2022-01-01 …
// 2024-12-31. A candidate whose id has an EVEN 64-bit FNV-1a hash is held out (dev); every
// other article of every corpus may be used for training. Candidates with an odd hash form the
// "ukraine-train" slice, which is where hyper-parameters are chosen.
#ifndef LAGEBILD_TIME_DATE_MODEL_CORPUS_H_
#define LAGEBILD_TIME_DATE_MODEL_CORPUS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::dating {

struct DatedArticle {
  std::string id;
  std::string corpus;  // corpus_name() of the file it came from
  std::string title;
  std::string text;
  int year = 0;
  int month = 0;
  int day = 0;
};

// Reads JSON Lines (gzip or plain) with `id`, `text` and `date` (YYYY-MM-DD). Records without a
// usable date are skipped (and counted in `skipped` when given). Throws lagebild::Error naming
// FILE:LINE for malformed JSON.
std::vector<DatedArticle> read_dated_articles(const std::string& path, size_t* skipped = nullptr);

uint64_t fnv1a64(std::string_view s);

// The war-coverage dev candidates of the rule above (the caller decides which corpus it applies
// to: only adl-german-news).
bool is_ukraine_candidate(const DatedArticle& a);
bool is_held_out_dev(const DatedArticle& a);   // candidate with an even id hash
bool is_ukraine_train(const DatedArticle& a);  // candidate with an odd id hash

// The name of the corpus file (adl-german-news.jsonl → "adl-german-news").
std::string corpus_name(const std::string& path);

}  // namespace lagebild::dating

#endif  // LAGEBILD_TIME_DATE_MODEL_CORPUS_H_
