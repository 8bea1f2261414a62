#include "ner/model_file.h"

#include <lagebild/error.h>

#include <cstring>
#include <fstream>
#include <string_view>

#include "core/read_all.h"

namespace lagebild::ner {
namespace {

constexpr const char* kRetrain = "retrain it with `lagebild train ner` (see data/models/README.md)";

uint64_t checksum(std::string_view bytes) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return h;
}

class Writer {
 public:
  template <typename T>
  void put(T v) {
    char buf[sizeof(T)];
    std::memcpy(buf, &v, sizeof(T));
    out_.append(buf, sizeof(T));
  }
  void put_string(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void put_array(const std::vector<T>& v) {
    put<uint32_t>(static_cast<uint32_t>(v.size()));
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& path) : in_(bytes), path_(path) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string get_string() {
    const uint32_t n = get<uint32_t>();
    need(n);
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> get_array() {
    const uint32_t n = get<uint32_t>();
    need(static_cast<size_t>(n) * sizeof(T));
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), in_.data() + pos_, static_cast<size_t>(n) * sizeof(T));
    pos_ += static_cast<size_t>(n) * sizeof(T);
    return v;
  }
  bool at_end() const { return pos_ == in_.size(); }
  [[noreturn]] void fail(const std::string& what) const {
    throw Error(Error::Code::kInvalidData, path_,
                "damaged NER model (" + what + "); " + kRetrain + " or restore the file");
  }

 private:
  void need(size_t n) const {
    if (in_.size() - pos_ < n) fail("section runs past the end");
  }
  std::string_view in_;
  const std::string& path_;
  size_t pos_ = 0;
};

struct PackedWordInfo {
  uint16_t fine, mid, coarse;
  int16_t cap_permille;
};

}  // namespace

void write_model(const ModelData& m, const std::string& path) {
  Writer w;
  const LabelSet labels(m.scheme);
  w.put_string(m.scheme == LabelScheme::kBio ? "BIO" : "BIOES");
  w.put<uint32_t>(static_cast<uint32_t>(labels.size()));
  for (const auto& name : labels.names()) w.put_string(name);
  w.put_string(m.features.to_string());
  w.put_string(m.training_data);
  w.put_string(m.description);
  w.put_array(m.lexicon.keys());
  std::vector<PackedWordInfo> infos;
  infos.reserve(m.lexicon.infos().size());
  for (const auto& i : m.lexicon.infos())
    infos.push_back({i.fine, i.mid, i.coarse, i.cap_permille});
  w.put_array(infos);
  w.put_array(m.lexicon.stats_keys());
  w.put_array(m.lexicon.stats());
  w.put_array(m.gazetteer.keys());
  w.put_array(m.gazetteer.masks());
  w.put_array(m.feature_keys);
  w.put_array(m.row_offsets);
  std::vector<uint8_t> entry_labels;
  std::vector<int16_t> entry_values;
  for (const auto& e : m.entries) {
    entry_labels.push_back(e.label);
    entry_values.push_back(e.value);
  }
  w.put_array(entry_labels);
  w.put_array(entry_values);
  w.put<float>(m.scale);
  w.put_array(m.transitions);
  w.put<uint32_t>(static_cast<uint32_t>(m.self_tests.size()));
  for (const auto& t : m.self_tests) {
    w.put<uint32_t>(static_cast<uint32_t>(t.tokens.size()));
    for (const auto& s : t.tokens) w.put_string(s);
    for (const auto& s : t.labels) w.put_string(s);
  }
  const std::string body = std::move(w.bytes());
  Writer head;
  head.bytes().append(kModelMagic, sizeof(kModelMagic));
  head.put<uint32_t>(kModelFormatVersion);
  head.put<uint64_t>(body.size());
  std::ofstream out(path, std::ios::binary);
  out.write(head.bytes().data(), static_cast<std::streamsize>(head.bytes().size()));
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  const uint64_t sum = checksum(body);
  out.write(reinterpret_cast<const char*>(&sum), sizeof(sum));
  if (!out) throw Error(Error::Code::kInvalidInput, path, "cannot write the NER model file");
}

ModelData read_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(Error::Code::kNotFound, path,
                std::string("cannot open the NER model file; pass --model FILE, or ") + kRetrain);
  }
  const std::string bytes = core::read_all(in);
  constexpr size_t kHead = sizeof(kModelMagic) + 4 + 8;
  if (bytes.size() < sizeof(kModelMagic) ||
      std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0) {
    throw Error(Error::Code::kInvalidData, path,
                std::string("not a lagebild NER model (wrong magic number); ") + kRetrain);
  }
  Reader head(std::string_view(bytes).substr(0, std::min(bytes.size(), kHead)), path);
  for (size_t i = 0; i < sizeof(kModelMagic); ++i) head.get<char>();
  const uint32_t version = head.get<uint32_t>();
  if (version > kModelFormatVersion || version == 0) {
    throw Error(Error::Code::kUnsupported, path,
                "NER model format version " + std::to_string(version) +
                    " is newer than this lagebild reads (up to " +
                    std::to_string(kModelFormatVersion) + "); upgrade lagebild, or " + kRetrain);
  }
  if (version < kModelFormatVersion) {
    throw Error(Error::Code::kUnsupported, path,
                "NER model format version " + std::to_string(version) +
                    " is older than this lagebild reads (" + std::to_string(kModelFormatVersion) +
                    ", with other features); " + kRetrain);
  }
  const uint64_t body_size = head.get<uint64_t>();
  if (bytes.size() != kHead + body_size + 8) {
    head.fail("file is " + std::to_string(bytes.size()) + " bytes, header says " +
              std::to_string(kHead + body_size + 8) + "; truncated?");
  }
  const std::string_view body = std::string_view(bytes).substr(kHead, body_size);
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + kHead + body_size, sizeof(stored));
  if (checksum(body) != stored) head.fail("checksum mismatch");

  Reader r(body, path);
  ModelData m;
  const std::string scheme = r.get_string();
  if (scheme == "BIO") {
    m.scheme = LabelScheme::kBio;
  } else if (scheme == "BIOES") {
    m.scheme = LabelScheme::kBioes;
  } else {
    r.fail("unknown label scheme " + scheme);
  }
  const LabelSet labels(m.scheme);
  const uint32_t n_labels = r.get<uint32_t>();
  if (n_labels != static_cast<uint32_t>(labels.size())) r.fail("label count");
  for (uint32_t i = 0; i < n_labels; ++i) {
    if (r.get_string() != labels.name(static_cast<int>(i))) r.fail("label set differs");
  }
  if (!FeatureOptions::parse(r.get_string(), m.features)) {
    throw Error(Error::Code::kUnsupported, path,
                std::string("NER model uses feature settings this lagebild does not know; "
                            "upgrade lagebild, or ") +
                    kRetrain);
  }
  m.training_data = r.get_string();
  m.description = r.get_string();
  auto keys = r.get_array<uint64_t>();
  const auto packed = r.get_array<PackedWordInfo>();
  if (keys.size() != packed.size()) r.fail("lexicon sizes differ");
  std::vector<WordInfo> infos;
  infos.reserve(packed.size());
  for (const auto& p : packed) infos.push_back({p.fine, p.mid, p.coarse, p.cap_permille});
  m.lexicon = WordLexicon(std::move(keys), std::move(infos));
  auto stats_keys = r.get_array<uint64_t>();
  auto stats = r.get_array<LabelStats>();
  if (stats_keys.size() != stats.size()) r.fail("label statistics sizes differ");
  m.lexicon.set_stats(std::move(stats_keys), std::move(stats));
  auto gazetteer_keys = r.get_array<uint64_t>();
  auto gazetteer_masks = r.get_array<uint32_t>();
  if (gazetteer_keys.size() != gazetteer_masks.size()) r.fail("gazetteer sizes differ");
  m.gazetteer = Gazetteer(std::move(gazetteer_keys), std::move(gazetteer_masks));
  m.feature_keys = r.get_array<uint64_t>();
  m.row_offsets = r.get_array<uint32_t>();
  const auto entry_labels = r.get_array<uint8_t>();
  const auto entry_values = r.get_array<int16_t>();
  if (m.row_offsets.size() != m.feature_keys.size() + 1 ||
      entry_labels.size() != entry_values.size() || m.row_offsets.front() != 0 ||
      m.row_offsets.back() != entry_labels.size()) {
    r.fail("feature table sizes differ");
  }
  for (size_t k = 0; k + 1 < m.row_offsets.size(); ++k) {
    if (m.row_offsets[k] > m.row_offsets[k + 1]) r.fail("feature rows out of order");
  }
  m.entries.resize(entry_labels.size());
  for (size_t i = 0; i < entry_labels.size(); ++i) {
    if (entry_labels[i] >= n_labels) r.fail("weight for an unknown label");
    m.entries[i] = {entry_labels[i], entry_values[i]};
  }
  m.scale = r.get<float>();
  m.transitions = r.get_array<float>();
  if (m.transitions.size() != static_cast<size_t>(n_labels + 1) * n_labels) {
    r.fail("transition table size");
  }
  const uint32_t n_tests = r.get<uint32_t>();
  for (uint32_t t = 0; t < n_tests; ++t) {
    SelfTest test;
    const uint32_t n = r.get<uint32_t>();
    for (uint32_t i = 0; i < n; ++i) test.tokens.push_back(r.get_string());
    for (uint32_t i = 0; i < n; ++i) test.labels.push_back(r.get_string());
    m.self_tests.push_back(std::move(test));
  }
  if (!r.at_end()) r.fail("unexpected bytes after the self-tests");
  m.build_index();
  return m;
}

}  // namespace lagebild::ner
