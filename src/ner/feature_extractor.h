// The NER tagger's observation features: for each token, a list of 64-bit feature hashes.
//
// Feature set in the tradition of the CoNLL-2003 and GermEval 2014 systems (Ratinov & Roth 2009;
// GermaNER, Benikova et al. 2015): the word and its lower case, prefixes of 1-4 and suffixes
// of 1-5 code points, word shapes, length, capitalisation and sentence position, the parts of
// hyphenated compounds ("US-Außenminister" -> "us", "außenminister", with their clusters and
// name-list entries: GermEval's *part types), neighbours within +-2 (words, shapes, clusters,
// name lists), and the unlabelled-data features of word_lexicon.h (word clusters at three
// granularities, how often the word is capitalised mid-sentence) and of label_stats.h (how the
// word is usually tagged in the news). Label transitions are not
// here: the sequence model scores them itself (first order).
//
// A token's features fall into three groups, so that the tagger can cache the first two per word
// type (sequence_labeler.h) and compute only the third per token:
//   word_features(t)          depend on the token's own spelling only;
//   neighbour_features(u, d)  depend on the spelling of the neighbour u at offset d (+-1, +-2);
//   context_features(i)       depend on the sentence position or on two tokens at once.
// extract() lists all three for every token; training uses it, and the cached tagger must sum
// to exactly the same scores (tests/ner_model_test.cc checks it).
#ifndef LAGEBILD_NER_FEATURE_EXTRACTOR_H_
#define LAGEBILD_NER_FEATURE_EXTRACTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/word_lexicon.h"

namespace lagebild::ner {

struct FeatureOptions {
  // Feature-set revision: bump when templates change, so an old model is never fed new features.
  // Revision 2 added the compound-part clusters and name lists, the genitive and all-caps
  // cluster fallback, fine clusters and name lists at +-2, and the generic name lists.
  // Revision 3 added the news-corpus label statistics (label_stats.h) and compound heads.
  int revision = 3;
  // Neighbour window for word, shape and cluster features (+-2 as in most CoNLL taggers).
  int window = 2;
  // Word-cluster and capitalisation features from the news corpora (needs a lexicon).
  bool use_lexicon = true;
  // Name-list features (gazetteer.h; needs a gazetteer).
  bool use_gazetteer = true;
  // Character 3-grams inside the word (beyond its prefixes and suffixes): German compounds
  // and inflection put telling pieces in the middle ("-burg-", "-isch-").
  bool use_char_ngrams = true;
  // How the word is usually tagged in the news corpora (label_stats.h; needs a lexicon that
  // holds the statistics).
  bool use_label_stats = true;
  // The head of a closed compound ("Verteidigungsministerium" -> "ministerium"): the longest
  // proper suffix the lexicon knows, with its clusters and label statistics (needs a lexicon).
  bool use_compound_heads = true;

  // "revision=3 window=2 lexicon=1 gazetteer=1 ngrams=1 labelstats=1 heads=1", stored in
  // the model
  std::string to_string() const;
  // Parses to_string()'s output; returns false on unknown or malformed settings (including
  // other revisions: their features are computed differently).
  static bool parse(std::string_view text, FeatureOptions& out);
};

// Per-token surface information computed once and shared by the token's own features and its
// neighbours'. Depends on the token's spelling only.
struct TokenInfo {
  uint64_t word = 0, lower = 0, short_shape = 0, long_shape = 0;
  uint64_t prefix[4] = {0, 0, 0, 0}, suffix[4] = {0, 0, 0, 0}, suffix5 = 0;
  uint64_t hyphen_first = 0, hyphen_last = 0;   // 0 when the token has no inner hyphen
  const WordInfo* info = nullptr;               // clusters of the word (or a fallback form)
  const WordInfo* hyphen_first_info = nullptr;  // clusters of the compound's first part
  const WordInfo* hyphen_last_info = nullptr;   // clusters of the compound's last part
  const LabelStats* stats = nullptr;            // news label statistics of the word
  const LabelStats* hyphen_first_stats = nullptr;
  const LabelStats* hyphen_last_stats = nullptr;
  uint64_t head = 0;                       // closed-compound head (0: none found)
  const WordInfo* head_info = nullptr;     // its clusters
  const LabelStats* head_stats = nullptr;  // its label statistics
  uint32_t flags = 0;
  uint32_t length = 0;
  uint32_t gazetteer = 0;  // Gazetteer::find() bits
  uint32_t hyphen_first_gazetteer = 0, hyphen_last_gazetteer = 0;
  uint32_t ngram_begin = 0, ngram_end = 0;  // this token's 3-grams in the ngram scratch vector
};

// What context_features() reads of a token: a 32-byte digest of its TokenInfo (which is some
// 200 bytes), so that the tagger's cache keeps one per word type at little cost and reads it with
// a single cache line.
struct ContextInfo {
  uint64_t lower = 0, short_shape = 0;
  uint32_t flags = 0;
  uint32_t fine = 0, mid = 0;  // the word's clusters; kNoCluster when it has none
  uint32_t case_bucket = 0;    // its mid-sentence capitalisation, bucketed (see context_info())
};

// Features of a sentence: token i's features are hashes[offsets[i] .. offsets[i+1]).
struct SentenceFeatures {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> offsets;
  std::vector<TokenInfo> tokens;      // scratch, reused between calls
  std::vector<ContextInfo> contexts;  // scratch: the tokens' context_info()
  std::vector<uint64_t> ngrams;       // scratch: character 3-gram hashes of all tokens
};

class FeatureExtractor {
 public:
  // `lexicon` / `gazetteer` may be null when the options do not use them.
  FeatureExtractor(FeatureOptions options, const WordLexicon* lexicon, const Gazetteer* gazetteer);

  const FeatureOptions& options() const { return options_; }

  // Fills `out` for `tokens` (one sentence). Reuses out's buffers.
  void extract(const std::vector<std::string_view>& tokens, SentenceFeatures& out) const;

  // The parts of extract(), for callers that cache per word type (see the file comment).
  // describe() appends the token's 3-grams to `ngrams` and records their range in `t`.
  void describe(std::string_view token, TokenInfo& t, std::vector<uint64_t>& ngrams) const;
  void word_features(const TokenInfo& t, const std::vector<uint64_t>& ngrams,
                     std::vector<uint64_t>& out) const;
  // d in [-window, window], d != 0.
  void neighbour_features(const TokenInfo& u, int d, std::vector<uint64_t>& out) const;
  // The part of `t` that context_features() reads.
  ContextInfo context_info(const TokenInfo& t) const;
  // tokens[0 .. n) is the sentence; adds token i's remaining features.
  void context_features(const ContextInfo* const* tokens, int n, int i,
                        std::vector<uint64_t>& out) const;

 private:
  const WordInfo* find_clusters(std::string_view token, std::string_view lower) const;
  const LabelStats* find_stats(std::string_view token) const;
  void find_compound_head(std::string_view lower, TokenInfo& t) const;
  void label_stats_features(const TokenInfo& t, std::vector<uint64_t>& out) const;
  FeatureOptions options_;
  const WordLexicon* lexicon_;
  const Gazetteer* gazetteer_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_FEATURE_EXTRACTOR_H_
