#include "time/date_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <unordered_set>

#include <lagebild/error.h>

#include "core/paths.h"
#include "core/read_all.h"
#include "time/dating_calendar.h"

namespace lagebild {
namespace dating {
namespace {

uint32_t fnv1a32(const char* data, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(data[i]);
    h *= 16777619u;
  }
  return h;
}

class Writer {
 public:
  template <typename T>
  void put(T v) {
    const char* p = reinterpret_cast<const char*>(&v);
    bytes_.append(p, sizeof v);
  }
  void put_str(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

// Reads the file's bytes with bounds checks; any overrun is "damaged".
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& path) : bytes_(bytes), path_(path) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string get_str() {
    const uint32_t n = get<uint32_t>();
    need(n);
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  void need(size_t n) const {
    if (pos_ + n > bytes_.size()) damaged("the file ends early");
  }
  [[noreturn]] void damaged(const std::string& what) const {
    throw Error(Error::Code::kInvalidData, path_,
                "damaged dating model (" + what +
                    "); run `lagebild train dating` to rebuild it (see data/models/DATING.md)");
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view bytes_;
  const std::string& path_;
  size_t pos_ = 0;
};

OffsetTable geometric_table(int min_offset, const std::vector<float>& head, float tail_start,
                            float tail_ratio, int size) {
  OffsetTable t;
  t.min_offset = min_offset;
  t.probability.assign(static_cast<size_t>(size), 0.0f);
  float tail = tail_start;
  for (int k = 0; k < size; ++k) {
    const int offset = min_offset + k;
    if (offset >= 0 && offset < static_cast<int>(head.size())) {
      t.probability[static_cast<size_t>(k)] = head[static_cast<size_t>(offset)];
    } else if (offset < 0) {
      t.probability[static_cast<size_t>(k)] = 0.002f;
    } else {
      t.probability[static_cast<size_t>(k)] = tail;
      tail *= tail_ratio;
    }
  }
  float sum = 0;
  for (float p : t.probability) sum += p;
  for (float& p : t.probability) p /= sum;
  t.floor = 1e-4f;
  return t;
}

}  // namespace

std::map<std::string, OffsetTable, std::less<>> default_offset_tables() {
  std::map<std::string, OffsetTable, std::less<>> tables;
  tables[std::string(kTableLatestDate)] =
      geometric_table(-12, {0.45f, 0.2f, 0.06f}, 0.02f, 0.93f, 12 + 121);
  tables[std::string(kTableLatestYear)] = geometric_table(-5, {0.5f, 0.25f}, 0.05f, 0.6f, 21);
  tables[std::string(kTableDayMonth)] = geometric_table(
      0, {0.6f, 0.2f, 0.04f, 0.02f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.07f}, 0.01f,
      1.0f, 12);
  tables[std::string(kTableMonthName)] = geometric_table(
      0, {0.35f, 0.25f, 0.1f, 0.05f, 0.03f, 0.03f, 0.03f, 0.03f, 0.03f, 0.03f, 0.03f, 0.04f}, 0.01f,
      1.0f, 12);
  return tables;
}

std::vector<std::string> vocabulary_features(const std::vector<DatingToken>& tokens) {
  std::vector<std::string> out;
  std::unordered_set<std::string_view> seen;
  out.reserve(tokens.size());
  for (const auto& t : tokens) {
    if (t.kind == DatingToken::Kind::kWord) {
      if (t.lower.size() < 2) continue;
      if (seen.insert(t.lower).second) out.push_back(t.lower);
    } else if (t.kind == DatingToken::Kind::kNumber && t.lower.size() == 4 &&
               (t.lower.rfind("19", 0) == 0 || t.lower.rfind("20", 0) == 0)) {
      if (seen.insert(t.lower).second) out.push_back("y" + t.lower);
    }
  }
  return out;
}

}  // namespace dating

std::vector<uint32_t> DatingModel::feature_ids(
    const std::vector<dating::DatingToken>& tokens) const {
  std::vector<uint32_t> ids;
  for (const auto& f : dating::vocabulary_features(tokens)) {
    auto it = vocabulary.find(f);
    if (it != vocabulary.end()) ids.push_back(it->second);
  }
  return ids;
}

void DatingModel::build_postings() {
  posting_start.assign(vocabulary.size() + 1, 0);
  postings.clear();
  if (!has_neighbours()) return;
  for (uint32_t t : neighbour_terms) ++posting_start[t + 1];
  for (size_t f = 0; f < vocabulary.size(); ++f) posting_start[f + 1] += posting_start[f];
  postings.resize(neighbour_terms.size());
  std::vector<uint32_t> fill(posting_start.begin(), posting_start.end() - 1);
  for (uint32_t n = 0; n + 1 < neighbour_start.size(); ++n)
    for (uint32_t k = neighbour_start[n]; k < neighbour_start[n + 1]; ++k)
      postings[fill[neighbour_terms[k]]++] = {n, neighbour_weights[k]};
}

std::vector<std::pair<float, uint32_t>> DatingModel::nearest(const std::vector<uint32_t>& ids,
                                                             size_t k) const {
  std::vector<std::pair<float, uint32_t>> best;
  if (!has_neighbours() || ids.empty() || posting_start.size() != vocabulary.size() + 1)
    return best;
  double norm = 0;
  for (uint32_t id : ids) norm += static_cast<double>(idf[id]) * idf[id];
  if (norm <= 0) return best;
  const float inv = static_cast<float>(1.0 / std::sqrt(norm));
  std::vector<float> score(neighbour_month.size(), 0.0f);
  for (uint32_t id : ids) {
    const float q = idf[id] * inv;
    for (uint32_t p = posting_start[id]; p < posting_start[id + 1]; ++p)
      score[postings[p].first] += q * postings[p].second;
  }
  for (uint32_t n = 0; n < score.size(); ++n) {
    if (score[n] <= 0) continue;
    if (best.size() < k) {
      best.emplace_back(score[n], n);
      std::push_heap(best.begin(), best.end(), std::greater<>());
    } else if (score[n] > best.front().first) {
      std::pop_heap(best.begin(), best.end(), std::greater<>());
      best.back() = {score[n], n};
      std::push_heap(best.begin(), best.end(), std::greater<>());
    }
  }
  std::sort(best.begin(), best.end(), std::greater<>());
  return best;
}

std::vector<double> DatingModel::class_posterior(const std::vector<dating::DatingToken>& tokens,
                                                 std::vector<uint32_t>* matched) const {
  std::vector<double> score(bias.begin(), bias.end());
  std::vector<uint32_t> ids = feature_ids(tokens);
  // Features are binary and L2-normalised per document, as in training.
  const double x = ids.empty() ? 0.0 : 1.0 / std::sqrt(static_cast<double>(ids.size()));
  for (uint32_t id : ids) {
    const float* row = weights.data() + static_cast<size_t>(id) * static_cast<size_t>(num_classes);
    for (int c = 0; c < num_classes; ++c) score[static_cast<size_t>(c)] += x * row[c];
  }
  double top = -1e300;
  for (double& s : score) {
    s /= temperature;
    top = std::max(top, s);
  }
  double sum = 0;
  for (double& s : score) sum += (s = std::exp(s - top));
  for (double& s : score) s /= sum;
  if (matched != nullptr) *matched = std::move(ids);
  return score;
}

std::vector<std::string> DatingModel::feature_names() const {
  std::vector<std::string> names(vocabulary.size());
  for (const auto& [name, id] : vocabulary) names[id] = name;
  return names;
}

void DatingModel::save(const std::string& path) const {
  dating::Writer w;
  w.bytes().append(dating::kDatingModelMagic, 8);
  w.put<uint32_t>(dating::kDatingModelVersion);
  w.put<uint32_t>(kDatingFirstYear);
  w.put<uint32_t>(kDatingLastYear);
  w.put_str(training_data);
  w.put_str(feature_config);
  w.put<int32_t>(first_class);
  w.put<uint32_t>(static_cast<uint32_t>(num_classes));
  w.put<float>(temperature);
  w.put<float>(late_decay);
  const auto names = feature_names();
  w.put<uint32_t>(static_cast<uint32_t>(names.size()));
  for (const auto& n : names) w.put_str(n);
  float max_abs = 1e-9f;
  for (float v : weights) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs / 32767.0f;
  w.put<float>(scale);
  for (float v : weights) w.put<int16_t>(static_cast<int16_t>(std::lround(v / scale)));
  for (float b : bias) w.put<float>(b);
  w.put<uint32_t>(static_cast<uint32_t>(tables.size()));
  for (const auto& [name, t] : tables) {
    w.put_str(name);
    w.put<int32_t>(t.min_offset);
    w.put<float>(t.floor);
    w.put<uint32_t>(static_cast<uint32_t>(t.probability.size()));
    for (float p : t.probability) w.put<float>(p);
  }
  w.put<uint32_t>(static_cast<uint32_t>(dating::kSourceCount));
  for (int i = 0; i < dating::kSourceCount; ++i) {
    w.put_str(dating::source_name(static_cast<dating::Source>(i)));
    w.put<float>(source_weights[static_cast<size_t>(i)]);
  }
  w.put<uint32_t>(has_neighbours() ? static_cast<uint32_t>(neighbour_month.size()) : 0u);
  if (has_neighbours()) {
    for (float v : idf) w.put<float>(v);
    for (size_t n = 0; n < neighbour_month.size(); ++n) {
      w.put<int32_t>(neighbour_month[n]);
      w.put<uint16_t>(static_cast<uint16_t>(neighbour_start[n + 1] - neighbour_start[n]));
      for (uint32_t k = neighbour_start[n]; k < neighbour_start[n + 1]; ++k) {
        w.put<uint32_t>(neighbour_terms[k]);
        w.put<uint16_t>(static_cast<uint16_t>(
            std::lround(std::clamp(neighbour_weights[k], 0.0f, 1.0f) * 65535.0f)));
      }
    }
  }
  w.put<uint32_t>(dating::fnv1a32(w.bytes().data(), w.bytes().size()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the dating model");
  out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the dating model");
}

std::shared_ptr<const DatingModel> load_dating_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(Error::Code::kNotFound, path,
                "dating model not found; run `lagebild train dating --out " + path +
                    "` (see data/models/DATING.md) or date without the vocabulary model");
  const std::string bytes = core::read_all(in);
  dating::Reader r(bytes, path);
  if (bytes.size() < 12 || bytes.compare(0, 8, dating::kDatingModelMagic) != 0)
    throw Error(Error::Code::kInvalidData, path,
                "not a lagebild dating model (bad magic); point the dater at a file written by "
                "`lagebild train dating`");
  r.need(8);
  for (int i = 0; i < 8; ++i) r.get<char>();
  const uint32_t version = r.get<uint32_t>();
  if (version > dating::kDatingModelVersion)
    throw Error(Error::Code::kUnsupported, path,
                "dating model format version " + std::to_string(version) +
                    " is newer than this lagebild reads (" +
                    std::to_string(dating::kDatingModelVersion) +
                    "); upgrade lagebild or retrain with `lagebild train dating`");
  if (version == 0) r.damaged("format version 0");
  const uint32_t checked = dating::fnv1a32(bytes.data(), bytes.size() - 4);
  uint32_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
  if (checked != stored) r.damaged("checksum mismatch");

  auto model = std::make_shared<DatingModel>();
  const uint32_t grid_first = r.get<uint32_t>();
  r.get<uint32_t>();  // the writer's last grid year: later months are simply not reached
  if (static_cast<int>(grid_first) != kDatingFirstYear) r.damaged("a different month grid");
  model->training_data = r.get_str();
  model->feature_config = r.get_str();
  model->first_class = r.get<int32_t>();
  model->num_classes = static_cast<int>(r.get<uint32_t>());
  model->temperature = r.get<float>();
  model->late_decay = r.get<float>();
  if (model->num_classes < 0 || model->num_classes > dating::kGridMonths ||
      !dating::on_grid(model->first_class) ||
      (model->num_classes > 0 && !dating::on_grid(model->first_class + model->num_classes - 1)) ||
      !(model->temperature > 0))
    r.damaged("class range off the month grid");
  const uint32_t vocab = r.get<uint32_t>();
  if (vocab > 10'000'000) r.damaged("implausible vocabulary size");
  model->vocabulary.reserve(vocab);
  for (uint32_t i = 0; i < vocab; ++i) model->vocabulary.emplace(r.get_str(), i);
  if (model->vocabulary.size() != vocab) r.damaged("duplicate feature names");
  const float scale = r.get<float>();
  const size_t n = static_cast<size_t>(vocab) * static_cast<size_t>(model->num_classes);
  r.need(n * 2);
  model->weights.resize(n);
  for (size_t i = 0; i < n; ++i) model->weights[i] = static_cast<float>(r.get<int16_t>()) * scale;
  model->bias.resize(static_cast<size_t>(model->num_classes));
  for (auto& b : model->bias) b = r.get<float>();
  const uint32_t tables = r.get<uint32_t>();
  if (tables > 64) r.damaged("implausible table count");
  for (uint32_t i = 0; i < tables; ++i) {
    std::string name = r.get_str();
    dating::OffsetTable t;
    t.min_offset = r.get<int32_t>();
    t.floor = r.get<float>();
    const uint32_t size = r.get<uint32_t>();
    if (size > 10'000) r.damaged("implausible table size");
    t.probability.resize(size);
    for (auto& p : t.probability) p = r.get<float>();
    model->tables[std::move(name)] = std::move(t);
  }
  if (version >= 2) {
    const uint32_t sources = r.get<uint32_t>();
    if (sources > 64) r.damaged("implausible source count");
    for (uint32_t i = 0; i < sources; ++i) {
      const std::string name = r.get_str();
      const float weight = r.get<float>();
      if (!(weight >= 0 && weight < 1000)) r.damaged("source weight out of range");
      // A source this build does not know is ignored (a newer writer may add some).
      for (int s = 0; s < dating::kSourceCount; ++s)
        if (name == dating::source_name(static_cast<dating::Source>(s)))
          model->source_weights[static_cast<size_t>(s)] = weight;
    }
    const uint32_t neighbours = r.get<uint32_t>();
    if (neighbours > 10'000'000) r.damaged("implausible neighbour count");
    if (neighbours > 0) {
      model->idf.resize(vocab);
      for (auto& v : model->idf) v = r.get<float>();
      model->neighbour_month.reserve(neighbours);
      model->neighbour_start.reserve(neighbours + 1);
      model->neighbour_start.push_back(0);
      for (uint32_t j = 0; j < neighbours; ++j) {
        const int32_t month = r.get<int32_t>();
        if (!dating::on_grid(month)) r.damaged("neighbour month off the grid");
        model->neighbour_month.push_back(month);
        const uint16_t terms = r.get<uint16_t>();
        for (uint16_t k = 0; k < terms; ++k) {
          const uint32_t term = r.get<uint32_t>();
          if (term >= vocab) r.damaged("neighbour term outside the vocabulary");
          model->neighbour_terms.push_back(term);
          model->neighbour_weights.push_back(static_cast<float>(r.get<uint16_t>()) / 65535.0f);
        }
        model->neighbour_start.push_back(static_cast<uint32_t>(model->neighbour_terms.size()));
      }
    }
  }
  if (r.pos() + 4 != bytes.size()) r.damaged("trailing bytes");
  model->build_postings();
  // Tables a model does not carry fall back to the built-in shapes.
  for (auto& [name, t] : dating::default_offset_tables())
    if (!model->tables.count(name)) model->tables[name] = t;
  return model;
}

std::string default_dating_model_path() {
  return data_path("models/dating-vocabulary.model");
}

}  // namespace lagebild
