// GermEval 2014's outer-layer entity types and the label schemes the tagger uses over them.
//
// Twelve types: PER, LOC, ORG, OTH, each also as *deriv (derived adjective, "ukrainische") and
// *part (part of a compound, "Nato-Generalsekretär"), spelled as in the shared-task TSV
// ("LOCderiv"); the BIOES conversion's upper-case spelling ("LOCDERIV") is read too.
// Chunks follow conlleval's rules, so an I- without a B- starts a chunk.
#ifndef LAGEBILD_NER_LABEL_SET_H_
#define LAGEBILD_NER_LABEL_SET_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ner {

inline constexpr int kTypeCount = 12;
inline constexpr std::array<std::string_view, kTypeCount> kTypeNames = {
    "PER", "PERderiv", "PERpart", "LOC", "LOCderiv", "LOCpart",
    "ORG", "ORGderiv", "ORGpart", "OTH", "OTHderiv", "OTHpart"};

// The type's index in kTypeNames (case-insensitive), or -1.
int type_index(std::string_view name);

// A label split into its prefix ('B', 'I', 'E', 'S' or 'O') and type index (-1 for O).
struct ParsedLabel {
  char prefix = 'O';
  int type = -1;
};
// Parses "O", "B-LOC", "S-ORGPART", ... Unknown labels come back as 'O' with ok = false.
ParsedLabel parse_label(std::string_view label, bool* ok = nullptr);
// True for "O" and any B/I/E/S label of a known type.
bool is_bio_label(std::string_view label);

// An entity mention over tokens [begin, end) of a sentence.
struct Chunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  int type = 0;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};

// The chunks of a label sequence (BIO or BIOES) by conlleval's start/end-of-chunk rules.
std::vector<Chunk> chunks_from_labels(const std::vector<std::string>& labels);

// BIO label strings ("B-LOCderiv") for `n` tokens holding `chunks`.
std::vector<std::string> bio_labels(const std::vector<Chunk>& chunks, size_t n);

// The label scheme the sequence model predicts in. BIOES (Ratinov & Roth 2009 call it BILOU)
// marks single-token and last tokens explicitly, which a first-order model can use.
enum class LabelScheme : uint8_t { kBio = 0, kBioes = 1 };

class LabelSet {
 public:
  explicit LabelSet(LabelScheme scheme);

  LabelScheme scheme() const { return scheme_; }
  int size() const { return static_cast<int>(names_.size()); }
  const std::string& name(int label) const { return names_[label]; }
  const std::vector<std::string>& names() const { return names_; }

  // Label ids of `chunks` over `n` tokens in this scheme.
  std::vector<uint8_t> encode(const std::vector<Chunk>& chunks, size_t n) const;
  // Chunks of a label-id sequence (any sequence; illegal ones are repaired the conlleval way).
  std::vector<Chunk> decode(const std::vector<uint8_t>& labels) const;

  // Whether `next` may follow `prev` (-1 = sentence start), and whether a sentence may end with
  // `last`. Viterbi only considers allowed transitions.
  bool allowed(int prev, int next) const;
  bool may_end(int last) const;

 private:
  LabelScheme scheme_;
  std::vector<std::string> names_;
  std::vector<char> prefix_;
  std::vector<int> type_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_LABEL_SET_H_
