// The trained dating model (declared opaque in lagebild/dating.h): a linear model over
// publication months on vocabulary features (Naive Bayes or logistic-regression weights, see
// date_model_train.h), and the learned offset distributions of the explicit-date cues.
// Immutable once loaded; shared by all threads.
//
// File format (little-endian), version 1:
//   magic "LBDATING", u32 format version,
//   u32 grid first year, u32 grid last year (of the build that wrote it),
//   str training data names, str feature configuration,
//   i32 first class month (grid index), u32 class count, f32 temperature, f32 late decay,
//   u32 vocabulary size, then each feature name as str,
//   f32 weight scale, i16 weights [feature][class], f32 bias [class],
//   u32 table count, then each offset table: str name, i32 min offset, f32 floor, u32 size,
//   f32 probabilities [size],
//   u32 FNV-1a checksum of everything before it.
// A str is a u32 byte length and the bytes. Newer versions are refused with a message; older
// ones stay readable (there are none yet).
#ifndef LAGEBILD_TIME_DATE_MODEL_H_
#define LAGEBILD_TIME_DATE_MODEL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <lagebild/dating.h>

#include "time/dating_tokens.h"

namespace lagebild {

namespace dating {

inline constexpr uint32_t kDatingModelVersion = 1;
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

  bool has_vocabulary() const { return num_classes > 0 && !vocabulary.empty(); }

  // The posterior over classes (sums to 1) for these tokens; matched features are appended to
  // `matched` (feature ids) when given.
  std::vector<double> class_posterior(const std::vector<dating::DatingToken>& tokens,
                                      std::vector<uint32_t>* matched = nullptr) const;

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
