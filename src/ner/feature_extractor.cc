#include "ner/feature_extractor.h"

#include <algorithm>
#include <charconv>

#include "ner/feature_hash.h"
#include "ner/word_form.h"

namespace lagebild::ner {
namespace {

// Template numbers seed the hashes; never renumber within one FeatureOptions::revision.
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kPrefix,                // + n (1-4): 4..7
  kSuffix = kPrefix + 4,  // + n: 8..11
  kLongShape = kSuffix + 4,
  kShortShape,
  kLength,
  kFlags,
  kFlagsFirst,
  kCaseRatio,
  kHyphenFirst,
  kHyphenLast,
  kHyphenLastCluster,
  kFine,
  kMid,
  kCoarse,
  kLowerAt,  // + window offset
  kShortShapeAt = kLowerAt + 8,
  kMidAt = kShortShapeAt + 8,
  kFineAt = kMidAt + 8,
  kBigramLeft = kFineAt + 8,
  kBigramRight,
  kShapeTrigram,
  kFirstLower,
  kSuffixPrev,
  kCoarseAt,  // + offset
  kFlagsAt = kCoarseAt + 8,
  kFineShape = kFlagsAt + 8,
  kSuffix5,
  kClusterLeft,
  kClusterRight,
  kPrevLowerShape,
  kShapeNextLower,
  kGazetteerBit,
  kGazetteerAt,  // + offset
  kCharNgram = kGazetteerAt + 8,
  // Revision 2.
  kHyphenFirstCluster,
  kHyphenFirstMid,
  kHyphenFirstGazetteer,
  kHyphenLastGazetteer,
  kFallbackCluster,
  // Revision 3: news label statistics.
  kStatsNone,
  kStatsEntity,
  kStatsEntityCount,
  kStatsType,
  kStatsMajor,
  kStatsBegin,
  kStatsHyphenFirst,
  kStatsHyphenLast,
  kStatsAt,  // + offset
  kHead = kStatsAt + 8,
  kHeadFine,
  kHeadMid,
  kStatsHead,
};

enum Flag : uint32_t {
  kStartsUpper = 1,
  kAllUpper = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kStartsLetter = 16,
  kHasPeriod = 32,
};

// Sentence padding: neighbours outside the sentence.
constexpr uint64_t kBoundaryBefore = 0x5EB0CA5E0001ULL;
constexpr uint64_t kBoundaryAfter = 0x5EB0CA5E0002ULL;
constexpr uint32_t kNoCluster = 0xFFFF;

// Label statistics in coarse buckets: a share of 5-19, 20-49, 50-79 or 80-100 per cent, and the
// number of occurrences (fewer than 10, 100, 1000, or more) that says how far to trust it.
uint64_t share_bucket(int percent) {
  return percent < 20 ? 0 : percent < 50 ? 1 : percent < 80 ? 2 : 3;
}
uint64_t count_bucket(uint32_t count) {
  return count < 10 ? 0 : count < 100 ? 1 : count < 1000 ? 2 : 3;
}
// The most frequent entity type of the word and its bucketed share; type kTypeCount (12) when
// the word is inside a mention less than 20% of the time.
uint64_t major_type(const LabelStats& s) {
  int best = 0;
  for (int k = 1; k < 12; ++k) {
    if (s.share[k] > s.share[best]) best = k;
  }
  return s.share[best] < 20 ? 12 * 4
                            : static_cast<uint64_t>(best) * 4 + share_bucket(s.share[best]);
}

// `lower` with its first letter upper-cased (ASCII and the German umlauts; enough for the
// heads of German compounds, which the news writes as capitalised nouns).
std::string capitalise(std::string_view lower) {
  std::string out(lower);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  } else if (out.size() > 1 && static_cast<unsigned char>(out[0]) == 0xC3) {
    const auto c = static_cast<unsigned char>(out[1]);
    if (c == 0xA4 || c == 0xB6 || c == 0xBC) out[1] = static_cast<char>(c - 0x20);  // äöü
  }
  return out;
}

uint32_t length_bucket(int n) {
  if (n <= 4) return static_cast<uint32_t>(n);
  if (n <= 6) return 5;
  if (n <= 9) return 6;
  return 7;
}

void add_bits(uint64_t seed, uint32_t bits, std::vector<uint64_t>& out) {
  for (int b = 0; b < 32; ++b) {
    if (bits & (1u << b)) out.push_back(hash_value(seed, static_cast<uint64_t>(b)));
  }
}

}  // namespace

std::string FeatureOptions::to_string() const {
  return "revision=" + std::to_string(revision) + " window=" + std::to_string(window) +
         " lexicon=" + std::to_string(use_lexicon ? 1 : 0) +
         " gazetteer=" + std::to_string(use_gazetteer ? 1 : 0) +
         " ngrams=" + std::to_string(use_char_ngrams ? 1 : 0) +
         " labelstats=" + std::to_string(use_label_stats ? 1 : 0) +
         " heads=" + std::to_string(use_compound_heads ? 1 : 0);
}

bool FeatureOptions::parse(std::string_view text, FeatureOptions& out) {
  FeatureOptions o;
  o.use_lexicon = o.use_gazetteer = o.use_char_ngrams = o.use_label_stats = o.use_compound_heads =
      false;  // absent: off
  o.revision = 0;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    const std::string_view item = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    if (eq == std::string_view::npos) return false;
    const auto key = item.substr(0, eq);
    const auto value = item.substr(eq + 1);
    int v = 0;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), v);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size()) return false;
    if (key == "revision") {
      o.revision = v;
    } else if (key == "window") {
      o.window = v;
    } else if (key == "lexicon") {
      o.use_lexicon = v != 0;
    } else if (key == "gazetteer") {
      o.use_gazetteer = v != 0;
    } else if (key == "ngrams") {
      o.use_char_ngrams = v != 0;
    } else if (key == "labelstats") {
      o.use_label_stats = v != 0;
    } else if (key == "heads") {
      o.use_compound_heads = v != 0;
    } else {
      return false;
    }
  }
  if (o.revision != FeatureOptions().revision || o.window < 0 || o.window > 3) return false;
  out = o;
  return true;
}

FeatureExtractor::FeatureExtractor(FeatureOptions options, const WordLexicon* lexicon,
                                   const Gazetteer* gazetteer)
    : options_(options),
      lexicon_(options.use_lexicon ? lexicon : nullptr),
      gazetteer_(options.use_gazetteer ? gazetteer : nullptr) {}

const WordInfo* FeatureExtractor::find_clusters(std::string_view token,
                                                std::string_view lower) const {
  if (!lexicon_) return nullptr;
  if (const WordInfo* w = lexicon_->find(hash_text(0, token))) return w;
  if (const WordInfo* w = lexicon_->find(hash_text(0, lower))) return w;
  return nullptr;
}

const LabelStats* FeatureExtractor::find_stats(std::string_view token) const {
  if (!lexicon_ || !options_.use_label_stats) return nullptr;
  if (const LabelStats* s = lexicon_->find_stats(hash_text(0, token))) return s;
  // The genitive of a name too rare in the news: "Selenskyjs" -> "Selenskyj".
  if (token.size() > 3 && token.back() == 's' && starts_upper(token)) {
    return lexicon_->find_stats(hash_text(0, token.substr(0, token.size() - 1)));
  }
  return nullptr;
}

void FeatureExtractor::label_stats_features(const TokenInfo& t, std::vector<uint64_t>& out) const {
  auto add = [&](uint64_t h) { out.push_back(h); };
  if (t.hyphen_first_stats) add(hash_value(kStatsHyphenFirst, major_type(*t.hyphen_first_stats)));
  if (t.hyphen_last_stats) add(hash_value(kStatsHyphenLast, major_type(*t.hyphen_last_stats)));
  if (!t.stats) {
    add(hash_value(kStatsNone, t.flags & kStartsUpper));
    return;
  }
  const LabelStats& s = *t.stats;
  int entity = 0;
  for (int k = 0; k < 12; ++k) entity += s.share[k];
  entity = std::min(entity, 100);
  const uint64_t count = count_bucket(s.count);
  add(hash_value(kStatsEntity, static_cast<uint64_t>(entity / 10)));
  add(hash_value(kStatsEntityCount, static_cast<uint64_t>(entity / 20) * 4 + count));
  for (uint64_t k = 0; k < 12; ++k) {
    if (s.share[k] >= 5) add(hash_value(kStatsType, k * 4 + share_bucket(s.share[k])));
  }
  const uint64_t major = major_type(s);
  add(hash_value(kStatsMajor, major * 4 + count));
  if (entity >= 20) add(hash_value(kStatsBegin, major / 4 * 8 + s.begin_share / 25));
}

void FeatureExtractor::find_compound_head(std::string_view lower, TokenInfo& t) const {
  t.head = 0;
  t.head_info = nullptr;
  t.head_stats = nullptr;
  constexpr size_t kMinModifier = 3, kMinHead = 4;  // bytes
  if (!lexicon_ || !options_.use_compound_heads || lower.size() < kMinModifier + kMinHead ||
      lower.find('-') != std::string_view::npos) {
    return;
  }
  for (size_t b = kMinModifier; b + kMinHead <= lower.size(); ++b) {
    if ((static_cast<unsigned char>(lower[b]) & 0xC0) == 0x80) continue;  // inside a code point
    const std::string_view rest = lower.substr(b);
    const std::string capital = capitalise(rest);
    const WordInfo* info = find_clusters(capital, rest);
    if (!info) continue;
    t.head = hash_text(kHead, rest);
    t.head_info = info;
    t.head_stats = find_stats(capital);
    if (!t.head_stats) t.head_stats = find_stats(rest);
    return;
  }
}

void FeatureExtractor::describe(std::string_view token, TokenInfo& t,
                                std::vector<uint64_t>& ngrams) const {
  const std::string lower = to_lower(token);
  t.gazetteer = gazetteer_ ? gazetteer_->find(hash_text(0, token)) : 0;
  t.ngram_begin = t.ngram_end = static_cast<uint32_t>(ngrams.size());
  if (options_.use_char_ngrams) {
    // 3-grams starting after the first and ending before the last code point (the ends are
    // covered by the prefix and suffix features): code points k = 1 .. n-4 start [k, k+3).
    // Streaming over the code points: when code point c (c >= 4) starts, the 3-gram of code
    // points c-3 .. c-1 is complete. A ring of the last four start offsets avoids allocation.
    uint32_t ring[4] = {0, 0, 0, 0};
    uint32_t c = 0;
    for (uint32_t b = 0; b < lower.size(); ++b) {
      if ((static_cast<unsigned char>(lower[b]) & 0xC0) == 0x80) continue;
      ring[c & 3] = b;
      if (c >= 4) {
        const uint32_t from = ring[(c - 3) & 3];
        ngrams.push_back(hash_text(kCharNgram, std::string_view(lower).substr(from, b - from)));
      }
      ++c;
    }
    t.ngram_end = static_cast<uint32_t>(ngrams.size());
  }
  t.word = hash_text(kWord, token);
  t.lower = hash_text(kLower, lower);
  t.short_shape = hash_text(kShortShape, short_shape(token));
  t.long_shape = hash_text(kLongShape, long_shape(token));
  for (int n = 1; n <= 4; ++n) {
    t.prefix[n - 1] = hash_text(kPrefix + n, prefix_code_points(lower, n));
    t.suffix[n - 1] = hash_text(kSuffix + n, suffix_code_points(lower, n));
  }
  t.suffix5 = hash_text(kSuffix5, suffix_code_points(lower, 5));
  t.length = length_bucket(code_point_length(token));
  uint32_t flags = 0;
  if (starts_upper(token)) flags |= kStartsUpper;
  if (all_upper(token)) flags |= kAllUpper;
  if (starts_letter(token)) flags |= kStartsLetter;
  for (char c : token) {
    if (c >= '0' && c <= '9') flags |= kHasDigit;
    if (c == '.') flags |= kHasPeriod;
  }
  t.hyphen_first = t.hyphen_last = 0;
  t.hyphen_first_info = t.hyphen_last_info = nullptr;
  t.hyphen_first_stats = t.hyphen_last_stats = nullptr;
  t.hyphen_first_gazetteer = t.hyphen_last_gazetteer = 0;
  const size_t first_hyphen = lower.find('-');
  const size_t last_hyphen = lower.rfind('-');
  if (first_hyphen != std::string::npos && first_hyphen > 0 && last_hyphen + 1 < lower.size()) {
    flags |= kHasHyphen;
    const std::string_view lower_first = std::string_view(lower).substr(0, first_hyphen);
    const std::string_view lower_last = std::string_view(lower).substr(last_hyphen + 1);
    t.hyphen_first = hash_text(kHyphenFirst, lower_first);
    t.hyphen_last = hash_text(kHyphenLast, lower_last);
    // Case is kept for the lookups ("EU-Budget": "EU"); the hyphen is ASCII, so its byte
    // offsets are the same in the token and its lower case only when the part before it is
    // ASCII too: search the token itself.
    const std::string_view first = token.substr(0, token.find('-'));
    const std::string_view last = token.substr(token.rfind('-') + 1);
    t.hyphen_last_info = find_clusters(last, lower_last);
    t.hyphen_first_info = find_clusters(first, lower_first);
    t.hyphen_first_stats = find_stats(first);
    t.hyphen_last_stats = find_stats(last);
    if (gazetteer_) {
      t.hyphen_first_gazetteer = gazetteer_->find(hash_text(0, first));
      t.hyphen_last_gazetteer = gazetteer_->find(hash_text(0, last));
    }
  }
  t.flags = flags;
  t.stats = find_stats(token);
  find_compound_head(lower, t);
  t.info = find_clusters(token, lower);
  if (!t.info && lexicon_) {
    // Fallbacks for forms too rare in the news: the genitive "Selenskyjs" -> "Selenskyj", and
    // capitals "NATO" -> "Nato".
    if (token.size() > 3 && (token.back() == 's' || token.back() == 'S') &&
        (flags & kStartsUpper)) {
      t.info = find_clusters(token.substr(0, token.size() - 1),
                             std::string_view(lower).substr(0, lower.size() - 1));
    }
    if (!t.info && (flags & kAllUpper) && token.size() > 1) {
      const size_t first_len = prefix_code_points(token, 1).size();
      t.info = lexicon_->find(hash_text(
          0, std::string(token.substr(0, first_len)) + std::string(lower.substr(first_len))));
    }
  }
}

void FeatureExtractor::word_features(const TokenInfo& t, const std::vector<uint64_t>& ngrams,
                                     std::vector<uint64_t>& out) const {
  auto add = [&](uint64_t h) { out.push_back(h); };
  add(hash_value(kBias, 0));
  add(t.word);
  add(t.lower);
  for (int k = 0; k < 4; ++k) {
    add(t.prefix[k]);
    add(t.suffix[k]);
  }
  add(t.suffix5);
  add(t.long_shape);
  add(t.short_shape);
  add(hash_value(kLength, t.length));
  add(hash_value(kFlags, t.flags));
  if (t.hyphen_first) {
    add(t.hyphen_first);
    add(t.hyphen_last);
    if (t.hyphen_last_info) add(hash_value(kHyphenLastCluster, t.hyphen_last_info->fine));
    if (t.hyphen_first_info) {
      add(hash_value(kHyphenFirstCluster, t.hyphen_first_info->fine));
      add(hash_value(kHyphenFirstMid, t.hyphen_first_info->mid));
    }
    add_bits(kHyphenFirstGazetteer, t.hyphen_first_gazetteer, out);
    add_bits(kHyphenLastGazetteer, t.hyphen_last_gazetteer, out);
  }
  if (lexicon_) {
    if (t.info) {
      add(hash_value(kFine, t.info->fine));
      add(hash_value(kMid, t.info->mid));
      add(hash_value(kCoarse, t.info->coarse));
      add(hash_pair(hash_value(kFineShape, t.info->fine), t.short_shape));
    } else {
      add(hash_value(kFine, kNoCluster));
    }
  }
  for (uint32_t g = t.ngram_begin; g < t.ngram_end; ++g) add(ngrams[g]);
  if (gazetteer_) add_bits(kGazetteerBit, t.gazetteer, out);
  if (lexicon_ && options_.use_label_stats) label_stats_features(t, out);
  if (t.head) {
    add(t.head);
    add(hash_value(kHeadFine, t.head_info->fine));
    add(hash_value(kHeadMid, t.head_info->mid));
    if (t.head_stats) add(hash_value(kStatsHead, major_type(*t.head_stats)));
  }
}

void FeatureExtractor::neighbour_features(const TokenInfo& u, int d,
                                          std::vector<uint64_t>& out) const {
  const uint64_t slot = static_cast<uint64_t>(d + 4);
  const bool near = d == -1 || d == 1;
  out.push_back(hash_pair(kLowerAt + slot, u.lower));
  out.push_back(hash_pair(kShortShapeAt + slot, u.short_shape));
  out.push_back(hash_value(kFlagsAt + slot, u.flags));
  if (lexicon_) {
    out.push_back(hash_value(kMidAt + slot, u.info ? u.info->mid : kNoCluster));
    out.push_back(hash_value(kFineAt + slot, u.info ? u.info->fine : kNoCluster));
    if (!near) out.push_back(hash_value(kCoarseAt + slot, u.info ? u.info->coarse : kNoCluster));
  }
  if (gazetteer_ && u.gazetteer) {
    out.push_back(hash_value(kGazetteerAt + slot, u.gazetteer));
  }
  if (d == -1) out.push_back(hash_pair(kSuffixPrev, u.suffix[2]));
  if (lexicon_ && options_.use_label_stats) {
    out.push_back(hash_value(kStatsAt + slot, u.stats ? major_type(*u.stats) : 13 * 4));
  }
}

ContextInfo FeatureExtractor::context_info(const TokenInfo& t) const {
  ContextInfo c;
  c.lower = t.lower;
  c.short_shape = t.short_shape;
  c.flags = t.flags;
  c.fine = t.info ? t.info->fine : kNoCluster;
  c.mid = t.info ? t.info->mid : kNoCluster;
  c.case_bucket = !t.info                    ? 12
                  : t.info->cap_permille < 0 ? 11
                                             : static_cast<uint32_t>(t.info->cap_permille / 100);
  return c;
}

void FeatureExtractor::context_features(const ContextInfo* const* tokens, int n, int i,
                                        std::vector<uint64_t>& out) const {
  auto add = [&](uint64_t h) { out.push_back(h); };
  const ContextInfo& t = *tokens[i];
  const bool first = i == 0;
  add(hash_value(kFlagsFirst, t.flags * 2 + (first ? 1 : 0)));
  if (first) add(hash_pair(kFirstLower, t.lower));
  if (lexicon_) {
    const uint64_t bucket = t.case_bucket;
    add(hash_value(kCaseRatio, bucket * 8 + (t.flags & kStartsUpper) * 2 + (first ? 1 : 0)));
  }
  // Neighbours outside the sentence.
  for (int d = -options_.window; d <= options_.window; ++d) {
    const int j = i + d;
    if (d == 0 || (j >= 0 && j < n)) continue;
    add(hash_pair(kLowerAt + static_cast<uint64_t>(d + 4),
                  j < 0 ? kBoundaryBefore : kBoundaryAfter));
  }
  const ContextInfo* prev = i > 0 ? tokens[i - 1] : nullptr;
  const ContextInfo* next = i + 1 < n ? tokens[i + 1] : nullptr;
  const uint64_t prev_lower = prev ? prev->lower : kBoundaryBefore;
  const uint64_t next_lower = next ? next->lower : kBoundaryAfter;
  add(hash_pair(hash_value(kBigramLeft, prev_lower), t.lower));
  add(hash_pair(hash_value(kBigramRight, t.lower), next_lower));
  const uint64_t prev_shape = prev ? prev->short_shape : kBoundaryBefore;
  const uint64_t next_shape = next ? next->short_shape : kBoundaryAfter;
  add(hash_pair(hash_pair(hash_value(kShapeTrigram, prev_shape), t.short_shape), next_shape));
  add(hash_pair(hash_value(kPrevLowerShape, prev_lower), t.short_shape));
  add(hash_pair(hash_value(kShapeNextLower, t.short_shape), next_lower));
  if (lexicon_) {
    // Cluster bigrams: "a name-like word after a title-like word" generalises over both.
    const uint32_t fine = t.fine;
    const uint32_t left = prev ? prev->mid : kNoCluster;
    const uint32_t right = next ? next->mid : kNoCluster;
    add(hash_value(kClusterLeft, (uint64_t(left) << 16) | fine));
    add(hash_value(kClusterRight, (uint64_t(fine) << 16) | right));
  }
}

void FeatureExtractor::extract(const std::vector<std::string_view>& tokens,
                               SentenceFeatures& out) const {
  const int n = static_cast<int>(tokens.size());
  out.tokens.resize(tokens.size());
  out.ngrams.clear();
  for (int i = 0; i < n; ++i) describe(tokens[i], out.tokens[i], out.ngrams);
  out.contexts.resize(tokens.size());
  std::vector<const ContextInfo*> infos(tokens.size());
  for (int i = 0; i < n; ++i) {
    out.contexts[i] = context_info(out.tokens[i]);
    infos[i] = &out.contexts[i];
  }
  out.hashes.clear();
  out.offsets.assign(1, 0);
  const int window = options_.window;
  for (int i = 0; i < n; ++i) {
    word_features(out.tokens[i], out.ngrams, out.hashes);
    for (int d = -window; d <= window; ++d) {
      const int j = i + d;
      if (d != 0 && j >= 0 && j < n) neighbour_features(out.tokens[j], d, out.hashes);
    }
    context_features(infos.data(), n, i, out.hashes);
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
}

}  // namespace lagebild::ner
