#include "ner/perceptron_trainer.h"

#include <lagebild/error.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <unordered_map>

#include "ner/conll_eval.h"
#include "ner/sequence_labeler.h"
#include "ner/viterbi.h"

namespace lagebild::ner {
namespace {

// One weight of a feature row while training: current value and the time-weighted update sum.
struct TrainWeight {
  uint8_t label;
  float w;
  double u;
};

struct TrainSentence {
  std::vector<uint32_t> features;  // feature ids, token by token
  std::vector<uint32_t> offsets;   // token i: features[offsets[i] .. offsets[i+1])
  std::vector<uint8_t> gold;
};

// Our own sentences (not from any corpus), tagged by the finished model and stored in it as
// load-time self-tests.
const std::vector<std::vector<std::string>> kSelfTestSentences = {
    {"Bundeskanzler", "Olaf", "Scholz", "reiste", "am", "Montag", "nach", "Paris", "."},
    {"Die", "ukrainische", "Armee", "meldet", "neue", "Angriffe", "auf", "Charkiw", "."},
    {"Der", "Nato-Generalsekretär", "sprach", "in", "Brüssel", "mit", "Vertretern", "der",
     "Vereinten", "Nationen", "."},
};

class Trainer {
 public:
  Trainer(const NerTrainerOptions& o, const WordLexicon* lexicon, const Gazetteer* gazetteer)
      : o_(o),
        labels_(o.scheme),
        L_(labels_.size()),
        extractor_(o.features, lexicon, gazetteer),
        decoder_(labels_),
        trans_w_((L_ + 1) * L_, 0.0f),
        trans_u_((L_ + 1) * L_, 0.0),
        type_of_(L_, -1) {
    if (!o.type_weights) return;
    for (size_t l = 0; l < L_; ++l)
      type_of_[l] = parse_label(labels_.name(static_cast<int>(l))).type;
  }

  // Features of `s` computed by `extractor` (the trainer's own one unless given).
  TrainSentence prepare(const ConllSentence& s, const FeatureExtractor* extractor = nullptr) {
    TrainSentence t;
    std::vector<std::string_view> tokens(s.tokens.begin(), s.tokens.end());
    (extractor ? *extractor : extractor_).extract(tokens, features_);
    t.offsets = features_.offsets;
    t.features.reserve(features_.hashes.size());
    for (uint64_t h : features_.hashes) {
      auto [it, added] = ids_.emplace(h, static_cast<uint32_t>(keys_.size()));
      if (added) {
        keys_.push_back(h);
        rows_.emplace_back();
      }
      t.features.push_back(it->second);
    }
    t.gold = labels_.encode(chunks_from_labels(s.labels), s.tokens.size());
    return t;
  }

  // Viterbi under the current (not averaged) weights.
  void predict(const TrainSentence& s, std::vector<uint8_t>& path) {
    const size_t n = s.gold.size();
    emissions_.assign(n * L_, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      float* row = &emissions_[i * L_];
      float type_score[kTypeCount] = {};
      for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
        for (const auto& e : rows_[s.features[f]]) {
          if (e.label < L_) {
            row[e.label] += e.w;
          } else {
            type_score[e.label - L_] += e.w;
          }
        }
      }
      if (!o_.type_weights) continue;
      for (size_t l = 0; l < L_; ++l) {
        if (type_of_[l] >= 0) row[l] += type_score[type_of_[l]];
      }
    }
    decoder_.decode(emissions_.data(), static_cast<int>(n), trans_w_.data(), path, scratch_);
  }

  void update_feature(uint32_t f, uint8_t label, float d) {
    auto& row = rows_[f];
    for (auto& e : row) {
      if (e.label == label) {
        e.w += d;
        e.u += c_ * d;
        return;
      }
    }
    row.push_back({label, d, c_ * d});
  }

  void update_transition(int prev, int next, float d) {
    const size_t k = static_cast<size_t>(prev + 1) * L_ + next;
    trans_w_[k] += d;
    trans_u_[k] += c_ * d;
  }

  // `s` with each feature occurrence dropped with probability o_.dropout (a fixed-seed stream,
  // so training stays deterministic).
  const TrainSentence& thinned(const TrainSentence& s) {
    if (o_.dropout <= 0.0f) return s;
    const auto threshold =
        static_cast<uint64_t>(static_cast<double>(o_.dropout) * 18446744073709551615.0);
    thinned_.gold = s.gold;
    thinned_.features.clear();
    thinned_.offsets.assign(1, 0);
    const size_t n = s.gold.size();
    for (size_t i = 0; i < n; ++i) {
      for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
        if (next_random() >= threshold) thinned_.features.push_back(s.features[f]);
      }
      thinned_.offsets.push_back(static_cast<uint32_t>(thinned_.features.size()));
    }
    return thinned_;
  }

  // splitmix64: fast, and the same numbers under every standard library.
  uint64_t next_random() {
    uint64_t z = (random_state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  void seed_dropout(uint64_t seed) { random_state_ = seed * 0x2545F4914F6CDD1DULL; }

  // One perceptron step on `full` (thinned by dropout); returns true when the prediction was
  // wrong.
  bool learn(const TrainSentence& full) {
    const TrainSentence& s = thinned(full);
    predict(s, path_);
    bool wrong = false;
    const size_t n = s.gold.size();
    for (size_t i = 0; i < n; ++i) {
      const int gp = i ? s.gold[i - 1] : -1, pp = i ? path_[i - 1] : -1;
      const int g = s.gold[i], p = path_[i];
      if (g != p) {
        wrong = true;
        // The type weights change only where gold and prediction differ in type.
        const int gt = type_of_[g], pt = type_of_[p];
        for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
          update_feature(s.features[f], static_cast<uint8_t>(g), 1.0f);
          update_feature(s.features[f], static_cast<uint8_t>(p), -1.0f);
          if (gt == pt) continue;
          if (gt >= 0) update_feature(s.features[f], type_label(gt), 1.0f);
          if (pt >= 0) update_feature(s.features[f], type_label(pt), -1.0f);
        }
      }
      if (g != p || gp != pp) {
        update_transition(gp, g, 1.0f);
        update_transition(pp, p, -1.0f);
      }
    }
    c_ += 1.0;
    return wrong;
  }

  // The averaged weights, pruned and quantised to int16, as a model.
  ModelData snapshot(const WordLexicon* lexicon, const Gazetteer* gazetteer,
                     bool use_bank = true) const {
    ModelData m;
    m.scheme = o_.scheme;
    m.features = o_.features;
    m.training_data = o_.training_data;
    if (lexicon && o_.features.use_lexicon) m.lexicon = *lexicon;
    if (gazetteer && o_.features.use_gazetteer) m.gazetteer = *gazetteer;
    // The mean of the banked runs' averaged weights (bank()), or this run's (for the per-epoch
    // held-out score, and when there is only one run).
    const bool banked = use_bank && runs_ > 0;
    // Dropout trained the emission weights on (1 - p) of the features on average; scale them
    // so that their sum over all features keeps its balance against the transition weights.
    const double keep = 1.0 - static_cast<double>(o_.dropout);
    // Row k's averaged weights in label order, with the type weights added into the labels of
    // their type. Folded row by row into one buffer (twice: for the scale, then for the model),
    // not into a copy of all rows, which would double the trainer's peak memory.
    std::vector<double> sum(L_);
    std::vector<char> used(L_);
    std::vector<std::pair<uint8_t, double>> row;
    auto fold = [&](size_t k) -> const std::vector<std::pair<uint8_t, double>>& {
      std::fill(sum.begin(), sum.end(), 0.0);
      std::fill(used.begin(), used.end(), 0);
      const size_t size = banked ? bank_rows_[k].size() : rows_[k].size();
      for (size_t i = 0; i < size; ++i) {
        const uint8_t label = banked ? bank_rows_[k][i].first : rows_[k][i].label;
        const double avg =
            keep * (banked ? bank_rows_[k][i].second / runs_ : rows_[k][i].w - rows_[k][i].u / c_);
        for (size_t l = 0; l < L_; ++l) {
          if (label == l || (label >= L_ && type_of_[l] == static_cast<int>(label - L_))) {
            sum[l] += avg;
            used[l] = 1;
          }
        }
      }
      row.clear();
      for (size_t l = 0; l < L_; ++l) {
        if (used[l]) row.push_back({static_cast<uint8_t>(l), sum[l]});
      }
      return row;
    };
    double max_abs = 0;
    for (size_t k = 0; k < rows_.size(); ++k) {
      for (const auto& [label, avg] : fold(k)) max_abs = std::max(max_abs, std::fabs(avg));
    }
    const double scale = max_abs > 0 ? max_abs / 32767.0 : 1.0;
    m.scale = static_cast<float>(scale);
    m.row_offsets.push_back(0);
    for (size_t k = 0; k < rows_.size(); ++k) {
      const size_t before = m.entries.size();
      for (const auto& [label, avg] : fold(k)) {  // label order, as the model wants it
        const long q = std::lround(avg / scale);
        if (q == 0 || std::fabs(avg) < o_.min_weight) continue;
        m.entries.push_back({label, static_cast<int16_t>(q)});
      }
      if (m.entries.size() == before) continue;
      m.feature_keys.push_back(keys_[k]);
      m.row_offsets.push_back(static_cast<uint32_t>(m.entries.size()));
    }
    m.transitions.resize(trans_w_.size());
    for (size_t k = 0; k < trans_w_.size(); ++k) {
      m.transitions[k] =
          static_cast<float>(banked ? bank_trans_[k] / runs_ : trans_w_[k] - trans_u_[k] / c_);
    }
    m.build_index();
    return m;
  }

  size_t feature_count() const { return keys_.size(); }

  // The row label that holds the type weight of entity type `type`: after the L_ real labels.
  uint8_t type_label(int type) const {
    return static_cast<uint8_t>(L_ + static_cast<size_t>(type));
  }

  // Adds this run's averaged weights to the bank and starts a fresh run: the model is the mean
  // of several runs over differently shuffled data (a cheap ensemble; it also makes the result
  // depend less on one shuffling).
  void bank() {
    bank_rows_.resize(rows_.size());
    for (size_t k = 0; k < rows_.size(); ++k) {
      for (const auto& e : rows_[k]) {
        const double avg = e.w - e.u / c_;
        auto& row = bank_rows_[k];
        auto it =
            std::find_if(row.begin(), row.end(), [&](const auto& b) { return b.first == e.label; });
        if (it == row.end()) {
          row.push_back({e.label, avg});
        } else {
          it->second += avg;
        }
      }
      rows_[k].clear();
    }
    bank_trans_.resize(trans_w_.size(), 0.0);
    for (size_t k = 0; k < trans_w_.size(); ++k) {
      bank_trans_[k] += trans_w_[k] - trans_u_[k] / c_;
      trans_w_[k] = 0.0f;
      trans_u_[k] = 0.0;
    }
    c_ = 1.0;
    ++runs_;
  }

 private:
  const NerTrainerOptions& o_;
  LabelSet labels_;
  size_t L_;
  FeatureExtractor extractor_;
  ViterbiDecoder decoder_;
  SentenceFeatures features_;
  std::unordered_map<uint64_t, uint32_t> ids_;
  std::vector<uint64_t> keys_;
  std::vector<std::vector<TrainWeight>> rows_;
  std::vector<float> trans_w_;
  std::vector<double> trans_u_;
  double c_ = 1.0;
  std::vector<std::vector<std::pair<uint8_t, double>>> bank_rows_;
  std::vector<double> bank_trans_;
  int runs_ = 0;
  std::vector<int> type_of_;  // label -> entity type, -1 for O or without type weights
  std::vector<float> emissions_, scratch_;
  std::vector<uint8_t> path_;
  TrainSentence thinned_;
  uint64_t random_state_ = 0;
};

double holdout_f1(const ModelData& m, const std::vector<const ConllSentence*>& holdout) {
  SequenceLabeler labeler(m);
  TaggingState state;
  ConllScorer scorer;
  for (const auto* s : holdout) {
    std::vector<std::string_view> tokens(s->tokens.begin(), s->tokens.end());
    scorer.add(chunks_from_labels(s->labels), labeler.chunks(tokens, state));
  }
  return scorer.overall().f1();
}

}  // namespace

ModelData train_ner_model(const std::vector<ConllSentence>& sentences, const WordLexicon* lexicon,
                          const Gazetteer* gazetteer, const NerTrainerOptions& o,
                          const std::vector<const WordLexicon*>* sentence_lexicons) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  Trainer trainer(o, lexicon, gazetteer);
  std::vector<TrainSentence> train;
  std::vector<const ConllSentence*> holdout;
  // One extractor per distinct per-sentence lexicon.
  std::vector<std::pair<const WordLexicon*, std::unique_ptr<FeatureExtractor>>> extractors;
  auto extractor_for = [&](size_t i) -> const FeatureExtractor* {
    if (!sentence_lexicons) return nullptr;
    const WordLexicon* lex = sentence_lexicons->at(i);
    for (const auto& [l, e] : extractors) {
      if (l == lex) return e.get();
    }
    extractors.emplace_back(lex, std::make_unique<FeatureExtractor>(o.features, lex, gazetteer));
    return extractors.back().second.get();
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].tokens.empty()) continue;
    if (o.holdout_every > 0 && i % static_cast<size_t>(o.holdout_every) == 0) {
      holdout.push_back(&sentences[i]);
      continue;
    }
    train.push_back(trainer.prepare(sentences[i], extractor_for(i)));
  }
  if (train.empty()) throw Error(Error::Code::kInvalidInput, o.training_data, "no sentences");
  if (o.verbose) {
    std::fprintf(stderr, "%zu training sentences, %zu held out, %zu features (%.1f s)\n",
                 train.size(), holdout.size(), trainer.feature_count(), elapsed());
  }
  for (int run = 0; run < o.runs; ++run) {
    // Run r shuffles with seed + r; every run starts from the file order.
    std::mt19937_64 rng(o.seed + static_cast<uint64_t>(run));
    trainer.seed_dropout(o.seed + static_cast<uint64_t>(run));
    std::vector<uint32_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
      // Fisher-Yates with our own index reduction: the same order under every standard library.
      for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng() % (i + 1)]);
      size_t wrong = 0;
      for (uint32_t k : order) wrong += trainer.learn(train[k]);
      if (o.verbose) {
        std::fprintf(stderr, "run %d epoch %d: %zu of %zu sentences wrong (%.1f s)", run + 1, epoch,
                     wrong, train.size(), elapsed());
        if (!holdout.empty()) {
          std::fprintf(stderr, ", held-out F1 %.4f",
                       holdout_f1(trainer.snapshot(lexicon, gazetteer, false), holdout));
        }
        std::fprintf(stderr, "\n");
      }
    }
    if (o.runs > 1) trainer.bank();
  }
  ModelData model = trainer.snapshot(lexicon, gazetteer);
  model.description = "averaged perceptron, epochs=" + std::to_string(o.epochs) +
                      " runs=" + std::to_string(o.runs) + " seed=" + std::to_string(o.seed) +
                      " holdout_every=" + std::to_string(o.holdout_every) +
                      (o.dropout > 0.0f ? " dropout=" + std::to_string(o.dropout) : "") +
                      (o.type_weights ? " type_weights=1" : "") +
                      " features=" + std::to_string(model.feature_keys.size()) +
                      " weights=" + std::to_string(model.entries.size());
  SequenceLabeler labeler(model);
  TaggingState state;
  for (const auto& sentence : kSelfTestSentences) {
    std::vector<std::string_view> tokens(sentence.begin(), sentence.end());
    model.self_tests.push_back(
        {sentence, bio_labels(labeler.chunks(tokens, state), sentence.size())});
  }
  if (o.verbose) std::fprintf(stderr, "trained in %.1f s\n", elapsed());
  return model;
}

}  // namespace lagebild::ner
