// The trained dating model (declared opaque in lagebild/dating.h): a linear model over
// publication months on vocabulary features (Naive Bayes or logistic-regression weights, see
// date_model_train.h), and the learned offset distributions of the explicit-date cues.
// Immutable once loaded; shared by all threads.
//
// File format (little-endian), version 2 (version 1 ends after the offset tables; it is still
// read, with every source weight 1 and no neighbours):
//   magic "LBDATING", u32 format version,
//   u32 grid first year, u32 grid last year (of the build that wrote it),
//   str training data names, str feature configuration,
//   i32 first class month (grid index), u32 class count, f32 temperature, f32 late decay,
//   u32 vocabulary size, then each feature name as str,
//   f32 weight scale, i16 weights [feature][class], f32 bias [class],
//   u32 table count, then each offset table: str name, i32 min offset, f32 floor, u32 size,
//   f32 probabilities [size],
//   (v2) u32 source count, then each source: str name, f32 weight,
//   (v2) u32 neighbour count N; when N > 0: f32 idf [vocabulary], then each neighbour: i32 month
//   (grid index), u16 term count, then each term: u32 feature id, u16 weight (× 1/65535),
//   u32 FNV-1a checksum of everything before it.
// A str is a u32 byte length and the bytes. Newer versions are refused with a message; older
// ones stay readable (there are none yet).
#ifndef LAGEBILD_TIME_DATE_MODEL_H_
#define LAGEBILD_TIME_DATE_MODEL_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <lagebild/dating.h>

#include "time/dating_source.h"
#include "time/dating_tokens.h"

namespace lagebild {

namespace dating {

inline constexpr uint32_t kDatingModelVersion = 2;
inline constexpr char kDatingModelMagic[9] = "LBDATING";

// A learned distribution of (publication − mentioned) offsets, in the table's unit.
struct OffsetTable {
  int min_offset = 0;
  float floor = 1e-4f;  // probability of an offset outside the table
  std::vector<float> probability;
  double operator()(int offset) const {
    const int k = offset - min_offset;
    if (k < 0 || k >= static_cast<int>(probability.size())) return floor;
    return probability[static_cast<size_t>(k)];
  }
};

// The offset tables the cue evidence uses, by name.
inline constexpr std::string_view kTableLatestDate = "latest-dated-month";  // months
inline constexpr std::string_view kTableLatestYear = "latest-year";         // years
inline constexpr std::string_view kTableDayMonth = "day-month";             // months mod 12
inline constexpr std::string_view kTableMonthName = "month-name";           // months mod 12

// Offset tables for a build without a model file: shapes that say "articles talk about the
// recent past", set by hand, weaker than the learned ones.
std::map<std::string, OffsetTable, std::less<>> default_offset_tables();

// The vocabulary features of a token sequence, as the model names them: lower-cased words of
// two or more characters and years ("y2023"), each once.
std::vector<std::string> vocabulary_features(const std::vector<DatingToken>& tokens);

}  // namespace dating

class DatingModel {
 public:
  using Tables = std::map<std::string, dating::OffsetTable, std::less<>>;

  // Vocabulary model.
  std::string training_data;   // which corpora, which split
  std::string feature_config;  // how features were made
  int first_class = 0;         // grid index of class 0
  int num_classes = 0;
  float temperature = 1.0f;  // posterior = softmax(score / temperature)
  float late_decay = 0.9f;   // per month after the last class, relative to the last class
  std::unordered_map<std::string, uint32_t> vocabulary;
  std::vector<float> weights;  // [feature * num_classes + class]
  std::vector<float> bias;     // [class]
  Tables tables;               // the offset tables by name (kTable*)
  // The exponent of each evidence source's likelihood in the posterior (by dating::Source),
  // fitted on held-out training articles by `train dating`.
  std::array<float, dating::kSourceCount> source_weights;

  // Neighbours: the training articles as sparse tf-idf vectors over the vocabulary (their
  // strongest terms only, cosine-normalised before the cut), with their publication months. An
  // article much like a dated one was likely written about the same events, hence near the
  // same time. Postings are built at load time for the search.
  std::vector<float> idf;                 // [feature]; empty = no neighbours
  std::vector<int32_t> neighbour_month;   // grid index, per neighbour
  std::vector<uint32_t> neighbour_start;  // CSR offsets into the two arrays below (size N+1)
  std::vector<uint32_t> neighbour_terms;
  std::vector<float> neighbour_weights;
  // Postings built from the above: for each feature, (neighbour, weight) pairs.
  std::vector<uint32_t> posting_start;  // size vocabulary + 1
  std::vector<std::pair<uint32_t, float>> postings;

  DatingModel() { source_weights.fill(1.0f); }

  bool has_neighbours() const { return !neighbour_month.empty() && !idf.empty(); }
  void build_postings();

  // The most similar neighbours of an article given its vocabulary feature ids (each once):
  // (cosine, neighbour) pairs, best first, at most `k`.
  std::vector<std::pair<float, uint32_t>> nearest(const std::vector<uint32_t>& ids, size_t k) const;

  bool has_vocabulary() const { return num_classes > 0 && !vocabulary.empty(); }

  // The posterior over classes (sums to 1) for these tokens; matched features are appended to
  // `matched` (feature ids) when given.
  std::vector<double> class_posterior(const std::vector<dating::DatingToken>& tokens,
                                      std::vector<uint32_t>* matched = nullptr) const;
  // The vocabulary feature ids of these tokens, each once, in text order.
  std::vector<uint32_t> feature_ids(const std::vector<dating::DatingToken>& tokens) const;

  // The per-class contribution of a feature, for explaining a decision.
  float weight(uint32_t feature, int cls) const {
    return weights[static_cast<size_t>(feature) * static_cast<size_t>(num_classes) +
                   static_cast<size_t>(cls)];
  }
  std::vector<std::string> feature_names() const;  // by id

  // Writes the model in the format above. Throws lagebild::Error naming the path.
  void save(const std::string& path) const;
};

}  // namespace lagebild

#endif  // LAGEBILD_TIME_DATE_MODEL_H_
