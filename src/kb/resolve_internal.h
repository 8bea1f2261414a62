// The passes of resolve_entities (lagebild/kb.h), each in its own file.
#ifndef LAGEBILD_KB_RESOLVE_INTERNAL_H_
#define LAGEBILD_KB_RESOLVE_INTERNAL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <lagebild/document.h>
#include <lagebild/kb.h>

#include "kb/kb_impl.h"
#include "kb/words.h"

namespace lagebild::kb {

// What the resolver needs to know about one word form: its name keys and the gazetteer entries
// they start. Computed once per distinct form of a document.
struct WordKeys {
  using Entries = std::vector<KnowledgeBase::Impl::GazetteerEntry>;
  std::string key;                            // normalise_name of the word
  std::string genitive_key;                   // key without a genitive ending, or empty
  const Entries* entries = nullptr;           // gazetteer entries starting with `key`
  const Entries* genitive_entries = nullptr;  // ... with `genitive_key`
};

// Per-document view of the words, with their name keys. The keys of a word form are computed
// once per thread and KB (see WordIndex::WordIndex), not once per document.
class WordIndex {
 public:
  std::vector<Word> words;

  WordIndex(std::string_view text, const KnowledgeBase& kb);
  const WordKeys& keys(size_t i) const { return *form_of_[i]; }
  const std::string& key(size_t i) const { return keys(i).key; }
  const std::string& genitive_key(size_t i) const { return keys(i).genitive_key; }
  // Whether gazetteer entries start at word i (keys(i) has entries or genitive_entries); read
  // from a dense array, without touching the keys.
  bool starts_entries(size_t i) const { return starts_entries_[i] != 0; }
  // Index of the first word that begins at or after `offset` (words.size() if none).
  size_t first_at(uint32_t offset) const;

 private:
  std::shared_ptr<const void> forms_;     // keeps the thread's form cache that form_of_ points into
  std::vector<const WordKeys*> form_of_;  // per word, the keys of its form
  std::vector<uint8_t> starts_entries_;   // per word, see starts_entries()
};

// True when `span` overlaps an entity of `entities`.
bool overlaps_any(const std::vector<Entity>& entities, const Span& span);

// The id an entity gets when the KB does not know it: the NER type's prefix and the name key,
// "per:john_hinkel". Deterministic, so stable across articles and runs.
std::string fallback_id(std::string_view type, std::string_view surface);

// The mention without surrounding quotes, brackets and punctuation.
std::string_view clean_surface(std::string_view s);

// Gazetteer pass: KB names the tagger missed (see ResolveOptions::gazetteer).
void add_gazetteer_entities(Document& doc, const KnowledgeBase& kb, const WordIndex& words);

// Later mentions of a person by surname alone, once the article has named them in full.
void add_surname_mentions(Document& doc, const KnowledgeBase& kb, const WordIndex& words);

// Links each entity of doc.entities whose id is empty.
void link_entities(Document& doc, const KnowledgeBase& kb, const ResolveOptions& options);

// Fills doc.roles (see resolve_entities in lagebild/kb.h).
void fill_roles(Document& doc, const KnowledgeBase& kb, const WordIndex& words);

}  // namespace lagebild::kb

#endif  // LAGEBILD_KB_RESOLVE_INTERNAL_H_
