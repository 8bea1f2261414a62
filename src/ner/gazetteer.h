// Name lists as token-level features (the gazetteer features of Ratinov & Roth 2009 and
// GermaNER): for each token, which kinds of known names it is the single token, first, inner or
// last token of. Lists come from a TSV snapshot of the knowledge base (data/models/README.md),
// stored in the model as word hashes, so the model does not change when the knowledge base does.
#ifndef LAGEBILD_NER_GAZETTEER_H_
#define LAGEBILD_NER_GAZETTEER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ner/hash_index.h"

namespace lagebild::ner {

// Name kinds of the list files' second column: our knowledge base's persons, places,
// organisations and country adjectives (ner-gazetteer-de.tsv), and the broad generic lists of
// given names, family names and cities (ner-names-de.tsv).
inline constexpr int kGazetteerKindCount = 7;
inline constexpr const char* kGazetteerKinds[kGazetteerKindCount] = {
    "PER", "LOC", "ORG", "LOCderiv", "GIVEN", "FAMILY", "CITY"};

class Gazetteer {
 public:
  Gazetteer() = default;
  // Reads `name<TAB>KIND` lines ('#' comments) of all `paths`. Throws lagebild::Error naming the
  // file and line.
  static Gazetteer read_tsv(const std::vector<std::string>& paths);
  // From stored parts (model file).
  Gazetteer(std::vector<uint64_t> keys, std::vector<uint32_t> masks);

  // Bit 4 * kind + position (0 single, 1 first, 2 inner, 3 last) for the token with
  // hash_text(0, token) == word_hash; 0 if none.
  uint32_t find(uint64_t word_hash) const {
    const uint32_t i = index_.find(word_hash);
    return i == HashIndex::kMissing ? 0 : masks_[i];
  }
  bool empty() const { return keys_.empty(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<uint32_t>& masks() const { return masks_; }

 private:
  static void read_into(const std::string& path, std::map<uint64_t, uint32_t>& masks);
  void build_index();
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> masks_;
  HashIndex index_;
};

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_GAZETTEER_H_
