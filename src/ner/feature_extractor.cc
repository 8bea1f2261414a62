#include "ner/feature_extractor.h"

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

uint32_t length_bucket(int n) {
  if (n <= 4) return static_cast<uint32_t>(n);
  if (n <= 6) return 5;
  if (n <= 9) return 6;
  return 7;
}

}  // namespace

std::string FeatureOptions::to_string() const {
  return "revision=" + std::to_string(revision) + " window=" + std::to_string(window) +
         " lexicon=" + std::to_string(use_lexicon ? 1 : 0) +
         " gazetteer=" + std::to_string(use_gazetteer ? 1 : 0) +
         " ngrams=" + std::to_string(use_char_ngrams ? 1 : 0);
}

bool FeatureOptions::parse(std::string_view text, FeatureOptions& out) {
  FeatureOptions o;
  o.use_lexicon = o.use_gazetteer = o.use_char_ngrams = false;  // absent means off
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
    } else {
      return false;
    }
  }
  if (o.revision != 1 || o.window < 0 || o.window > 3) return false;
  out = o;
  return true;
}

FeatureExtractor::FeatureExtractor(FeatureOptions options, const WordLexicon* lexicon,
                                   const Gazetteer* gazetteer)
    : options_(options),
      lexicon_(options.use_lexicon ? lexicon : nullptr),
      gazetteer_(options.use_gazetteer ? gazetteer : nullptr) {}

void FeatureExtractor::describe(std::string_view token, TokenInfo& t, SentenceFeatures& out) const {
  const std::string lower = to_lower(token);
  t.gazetteer = gazetteer_ ? gazetteer_->find(hash_text(0, token)) : 0;
  t.ngram_begin = t.ngram_end = static_cast<uint32_t>(out.ngrams.size());
  if (options_.use_char_ngrams) {
    // 3-grams starting after the first and ending before the last code point (the ends are
    // covered by the prefix and suffix features).
    // Code points k = 1 .. n-4 start the 3-grams [k, k+3) (n = code points of the word).
    auto& starts = out.code_point_starts;
    starts.clear();
    for (uint32_t b = 0; b < lower.size(); ++b) {
      if ((static_cast<unsigned char>(lower[b]) & 0xC0) != 0x80) starts.push_back(b);
    }
    const size_t n_cp = starts.size();
    starts.push_back(static_cast<uint32_t>(lower.size()));
    for (size_t k = 1; k + 4 <= n_cp; ++k) {
      out.ngrams.push_back(hash_text(
          kCharNgram, std::string_view(lower).substr(starts[k], starts[k + 3] - starts[k])));
    }
    t.ngram_end = static_cast<uint32_t>(out.ngrams.size());
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
  t.hyphen_last_info = nullptr;
  const size_t first_hyphen = lower.find('-');
  const size_t last_hyphen = lower.rfind('-');
  if (first_hyphen != std::string::npos && first_hyphen > 0 && last_hyphen + 1 < lower.size()) {
    flags |= kHasHyphen;
    t.hyphen_first = hash_text(kHyphenFirst, std::string_view(lower).substr(0, first_hyphen));
    t.hyphen_last = hash_text(kHyphenLast, std::string_view(lower).substr(last_hyphen + 1));
    if (lexicon_) {
      const size_t cased_hyphen = token.rfind('-');
      t.hyphen_last_info = lexicon_->find(hash_text(0, token.substr(cased_hyphen + 1)));
      if (!t.hyphen_last_info) {
        t.hyphen_last_info =
            lexicon_->find(hash_text(0, std::string_view(lower).substr(last_hyphen + 1)));
      }
    }
  }
  t.flags = flags;
  t.info = nullptr;
  if (lexicon_) {
    t.info = lexicon_->find(hash_text(0, token));
    if (!t.info) t.info = lexicon_->find(hash_text(0, lower));
  }
}

void FeatureExtractor::extract(const std::vector<std::string_view>& tokens,
                               SentenceFeatures& out) const {
  const int n = static_cast<int>(tokens.size());
  out.tokens.resize(tokens.size());
  out.ngrams.clear();
  for (int i = 0; i < n; ++i) describe(tokens[i], out.tokens[i], out);
  out.hashes.clear();
  out.offsets.assign(1, 0);
  const int window = options_.window;
  auto add = [&](uint64_t h) { out.hashes.push_back(h); };
  for (int i = 0; i < n; ++i) {
    const TokenInfo& t = out.tokens[i];
    const bool first = i == 0;
    add(hash_value(kBias, 0));
    add(t.word);
    add(t.lower);
    for (int k = 0; k < 4; ++k) {
      add(t.prefix[k]);
      add(t.suffix[k]);
    }
    add(t.long_shape);
    add(t.short_shape);
    add(hash_value(kLength, t.length));
    add(hash_value(kFlags, t.flags));
    add(hash_value(kFlagsFirst, t.flags * 2 + (first ? 1 : 0)));
    if (first) add(hash_pair(kFirstLower, t.lower));
    if (t.hyphen_first) {
      add(t.hyphen_first);
      add(t.hyphen_last);
      if (t.hyphen_last_info) add(hash_value(kHyphenLastCluster, t.hyphen_last_info->fine));
    }
    if (lexicon_) {
      if (t.info) {
        add(hash_value(kFine, t.info->fine));
        add(hash_value(kMid, t.info->mid));
        add(hash_value(kCoarse, t.info->coarse));
        add(hash_pair(hash_value(kFineShape, t.info->fine), t.short_shape));
        const uint64_t bucket = t.info->cap_permille < 0 ? 11 : t.info->cap_permille / 100;
        add(hash_value(kCaseRatio, bucket * 8 + (t.flags & kStartsUpper) * 2 + (first ? 1 : 0)));
      } else {
        add(hash_value(kFine, 0xFFFF));
        add(hash_value(kCaseRatio, 12 * 8 + (t.flags & kStartsUpper) * 2 + (first ? 1 : 0)));
      }
    }
    // Neighbours.
    for (int d = -window; d <= window; ++d) {
      if (d == 0) continue;
      const int j = i + d;
      const uint64_t slot = static_cast<uint64_t>(d + 4);
      if (j < 0 || j >= n) {
        const uint64_t pad = j < 0 ? kBoundaryBefore : kBoundaryAfter;
        add(hash_pair(kLowerAt + slot, pad));
        continue;
      }
      const TokenInfo& u = out.tokens[j];
      add(hash_pair(kLowerAt + slot, u.lower));
      add(hash_pair(kShortShapeAt + slot, u.short_shape));
      add(hash_value(kFlagsAt + slot, u.flags));
      if (lexicon_) {
        const uint32_t mid = u.info ? u.info->mid : 0xFFFF;
        add(hash_value(kMidAt + slot, mid));
        if (d == -1 || d == 1) {
          add(hash_value(kFineAt + slot, u.info ? u.info->fine : 0xFFFF));
        } else {
          add(hash_value(kCoarseAt + slot, u.info ? u.info->coarse : 0xFFFF));
        }
      }
    }
    const uint64_t prev = i > 0 ? out.tokens[i - 1].lower : kBoundaryBefore;
    const uint64_t next = i + 1 < n ? out.tokens[i + 1].lower : kBoundaryAfter;
    add(hash_pair(hash_value(kBigramLeft, prev), t.lower));
    add(hash_pair(hash_value(kBigramRight, t.lower), next));
    const uint64_t prev_shape = i > 0 ? out.tokens[i - 1].short_shape : kBoundaryBefore;
    const uint64_t next_shape = i + 1 < n ? out.tokens[i + 1].short_shape : kBoundaryAfter;
    add(hash_pair(hash_pair(hash_value(kShapeTrigram, prev_shape), t.short_shape), next_shape));
    if (i > 0) add(hash_pair(kSuffixPrev, out.tokens[i - 1].suffix[2]));
    for (uint32_t g = t.ngram_begin; g < t.ngram_end; ++g) add(out.ngrams[g]);
    if (gazetteer_) {
      for (int b = 0; b < 16; ++b) {
        if (t.gazetteer & (1u << b)) add(hash_value(kGazetteerBit, static_cast<uint64_t>(b)));
      }
      for (int d = -1; d <= 1; d += 2) {
        const int j = i + d;
        if (j < 0 || j >= n || !out.tokens[j].gazetteer) continue;
        add(hash_value(kGazetteerAt + static_cast<uint64_t>(d + 4), out.tokens[j].gazetteer));
      }
    }
    add(t.suffix5);
    add(hash_pair(hash_value(kPrevLowerShape, prev), t.short_shape));
    add(hash_pair(hash_value(kShapeNextLower, t.short_shape), next));
    if (lexicon_) {
      // Cluster bigrams: "a name-like word after a title-like word" generalises over both.
      const uint32_t fine = t.info ? t.info->fine : 0xFFFF;
      const uint32_t left = i > 0 && out.tokens[i - 1].info ? out.tokens[i - 1].info->mid : 0xFFFF;
      const uint32_t right =
          i + 1 < n && out.tokens[i + 1].info ? out.tokens[i + 1].info->mid : 0xFFFF;
      add(hash_value(kClusterLeft, (uint64_t(left) << 16) | fine));
      add(hash_value(kClusterRight, (uint64_t(fine) << 16) | right));
    }
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
}

}  // namespace lagebild::ner
