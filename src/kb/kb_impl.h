// The indexes behind KnowledgeBase, shared with the resolver (gazetteer, roles). Built once by
// kb_load.cc and never changed afterwards, so any number of threads may read them.
#ifndef LAGEBILD_KB_KB_IMPL_H_
#define LAGEBILD_KB_KB_IMPL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <lagebild/kb.h>

#include "core/flat_string_map.h"

namespace lagebild {

// How a name may be matched in running text.
enum class NameForm : uint8_t {
  kName,      // a spelling of the name: matched by key, words capitalised as in the text
  kAbbr,      // an abbreviation (EU, NATO, SBU): matched case-sensitively, exactly
  kTag,       // a news agency's signature (dpa, afp, rtr): only inside "(...)" or "/"
  kCyrillic,  // written in Cyrillic: matched by key
};

// String-keyed tables looked up by string_view for words of the text (core/flat_string_map.h).
template <typename V>
using KbStringMap = FlatStringMap<V>;

// A number no other KnowledgeBase::Impl of this process has had: per-thread caches that hold
// pointers into one KB tell by it that they belong to another (an address may be reused).
uint64_t new_kb_serial();

struct KnowledgeBase::Impl {
  const uint64_t serial = new_kb_serial();
  std::vector<KbEntity> entities;
  std::vector<uint8_t> curated;  // per entity: named by hand (not only by GeoNames)
  KbStringMap<uint32_t> by_id;

  // normalise_name(variant) -> entity indexes, best first (see KnowledgeBase::lookup).
  KbStringMap<std::vector<uint32_t>> by_key;
  // normalise_name(surname) -> person indexes.
  KbStringMap<std::vector<uint32_t>> by_surname;
  // Person index -> keys of its one-word variants ("selenski", "xi"): how an article that has
  // named the person in full may go on to call them.
  std::unordered_map<uint32_t, std::vector<std::string>> short_names;

  // Gazetteer entries, by the key of their first word.
  struct GazetteerEntry {
    std::vector<std::string> words;  // keys, one per word
    std::string surface;             // as written in the KB (for case-sensitive forms)
    uint32_t entity = 0;
    NameForm form = NameForm::kName;
    // Filled once the KB is loaded (Loader::index_gazetteer), so that matching allocates nothing:
    // per word of `surface` whether it starts upper case, and where `entity` ranks among the
    // candidates of the whole name (by_key; 0 when the name has none).
    std::vector<uint8_t> surface_upper;
    size_t rank = 0;
  };
  KbStringMap<std::vector<GazetteerEntry>> gazetteer;
  // Bloom filter over the gazetteer's keys (two probes, 2^20 bits = 128 KB): most words of a
  // text are no name, and fail here without hashing into the large table.
  std::vector<uint64_t> gazetteer_filter = std::vector<uint64_t>((size_t{1} << 20) / 64, 0);
  static uint64_t filter_hash(std::string_view key) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  void add_to_gazetteer_filter(std::string_view key) {
    const uint64_t h = filter_hash(key);
    for (uint64_t bit : {h & 0xFFFFF, (h >> 32) & 0xFFFFF}) {
      gazetteer_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  const std::vector<GazetteerEntry>* gazetteer_entries(std::string_view key) const {
    if (key.empty()) return nullptr;
    const uint64_t h = filter_hash(key);
    for (uint64_t bit : {h & 0xFFFFF, (h >> 32) & 0xFFFFF}) {
      if (!((gazetteer_filter[bit >> 6] >> (bit & 63)) & 1)) return nullptr;
    }
    auto it = gazetteer.find(key);
    return it == gazetteer.end() ? nullptr : &it->second;
  }

  std::vector<OfficeTerm> offices;
  KbStringMap<std::vector<uint32_t>> offices_by_person;
  KbStringMap<std::vector<uint32_t>> offices_by_key;  // office + '\t' + of

  KbStringMap<OfficeTitle> titles;   // lower-case phrase
  KbStringMap<uint32_t> adjectives;  // lower-case form -> country entity

  size_t variant_count = 0;

  const KbEntity* find(std::string_view id) const {
    auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &entities[it->second];
  }
};

}  // namespace lagebild

#endif  // LAGEBILD_KB_KB_IMPL_H_
