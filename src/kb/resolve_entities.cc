// The resolution stage: gazetteer, linking, surname mentions, roles.
#include <algorithm>
#include <deque>
#include <memory>

#include <lagebild/kb.h>

#include "kb/name_key.h"
#include "kb/resolve_internal.h"

namespace lagebild {
namespace kb {

namespace {

// The name keys of every word form a thread has met, for one KB. Articles share most of their
// words (der, die, Selenskyj, Ukraine), so the keys are computed once per thread rather than once
// per document: an open-addressing table over a deque, whose elements never move, so WordIndex
// can point into it. Bounded: once full, the next document starts a fresh cache; a WordIndex
// still using the old one keeps it alive.
//
// Speed: a document asks for each of its distinct forms (some 400 per article), and most forms
// start no gazetteer entry, so their keys are never read. A slot therefore holds what the lookup
// needs, the form's 64-bit hash, its length and whether it starts entries, and the lookup touches
// nothing else: the forms themselves (and their text) lie far apart in memory, and reading them
// cost three cache misses per form. Two different forms of one length with one 64-bit hash would
// share keys; with at most 2^17 forms per cache that happens about once in 10^9 caches.
class FormCache {
 public:
  explicit FormCache(uint64_t kb_serial) : kb_serial_(kb_serial), slots_(size_t{1} << 12) {}

  uint64_t kb_serial() const { return kb_serial_; }
  bool full() const { return forms_.size() >= kMaxForms; }

  struct Found {
    const WordKeys* keys = nullptr;
    bool starts_entries = false;
  };

  void prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]); }

  Found keys(std::string_view form, uint64_t hash, const KnowledgeBase::Impl& kb) {
    const size_t mask = slots_.size() - 1;
    const uint32_t length = static_cast<uint32_t>(form.size());
    size_t slot = hash & mask;
    for (; slots_[slot].form != 0; slot = (slot + 1) & mask) {
      const Slot& s = slots_[slot];
      if (s.hash == hash && s.length == length) {
        return Found{&forms_[s.form - 1], s.starts_entries != 0};
      }
    }
    WordKeys& k = forms_.emplace_back();
    // Each form is new here, so normalise_name's own cache would only be churned.
    k.key = uncached_name_key(form);
    const std::string base = strip_genitive(form);
    if (!base.empty()) k.genitive_key = uncached_name_key(base);
    k.entries = kb.gazetteer_entries(k.key);
    k.genitive_entries = kb.gazetteer_entries(k.genitive_key);
    const bool starts = k.entries != nullptr || k.genitive_entries != nullptr;
    // Forms longer than the length field are never found again: each lookup adds them anew
    // (they are rare: 65,535 bytes without a space).
    slots_[slot] = Slot{hash, static_cast<uint32_t>(forms_.size()),
                        static_cast<uint16_t>(std::min<uint32_t>(length, 0xFFFF)),
                        static_cast<uint16_t>(starts)};
    if (2 * forms_.size() > slots_.size()) grow();
    return Found{&k, starts};
  }

 private:
  // About 20 MB per thread when full; a year of news has far more forms, but the frequent ones
  // come back in the first documents after a reset.
  static constexpr size_t kMaxForms = size_t{1} << 17;

  struct Slot {
    uint64_t hash = 0;
    uint32_t form = 0;  // index into forms_ + 1; 0: empty
    uint16_t length = 0;
    uint16_t starts_entries = 0;
  };

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.form == 0) continue;
      size_t slot = s.hash & mask;
      while (slots_[slot].form != 0) slot = (slot + 1) & mask;
      slots_[slot] = s;
    }
  }

  uint64_t kb_serial_;
  std::deque<WordKeys> forms_;
  std::vector<Slot> slots_;
};

}  // namespace

WordIndex::WordIndex(std::string_view text, const KnowledgeBase& kb) : words(scan_words(text)) {
  const auto& impl = kb.impl();
  // The serial, not the address, tells the KB: a new one may be loaded where an old one was.
  thread_local std::shared_ptr<FormCache> cache;
  if (!cache || cache->kb_serial() != impl.serial || cache->full()) {
    cache = std::make_shared<FormCache>(impl.serial);
  }
  forms_ = cache;
  // The thread's cache is large, so a lookup there costs cache misses; a small per-document table
  // of the forms met so far (indexes + 1, 0: empty) stays in cache, so that the thread's cache is
  // asked once per distinct form. Those lookups come second, with the slots of the forms a few
  // places ahead prefetched, so that their misses overlap.
  size_t capacity = 64;
  while (capacity < 2 * words.size()) capacity *= 2;
  std::vector<uint32_t> slots(capacity, 0);
  struct Seen {
    std::string_view text;
    uint64_t hash;
  };
  std::vector<Seen> seen;
  std::vector<uint32_t> form_index;  // per word, its index in `seen`
  form_index.reserve(words.size());
  for (const Word& w : words) {
    const std::string_view s = text.substr(w.begin, w.end - w.begin);
    const uint64_t hash = KnowledgeBase::Impl::filter_hash(s);
    size_t slot = hash & (capacity - 1);
    while (slots[slot] != 0 && seen[slots[slot] - 1].text != s) slot = (slot + 1) & (capacity - 1);
    if (slots[slot] == 0) {
      seen.push_back(Seen{s, hash});
      slots[slot] = static_cast<uint32_t>(seen.size());
    }
    form_index.push_back(slots[slot] - 1);
  }
  constexpr size_t kAhead = 8;
  std::vector<FormCache::Found> found(seen.size());
  for (size_t f = 0; f < std::min(seen.size(), kAhead); ++f) cache->prefetch(seen[f].hash);
  for (size_t f = 0; f < seen.size(); ++f) {
    if (f + kAhead < seen.size()) cache->prefetch(seen[f + kAhead].hash);
    found[f] = cache->keys(seen[f].text, seen[f].hash, impl);
  }
  form_of_.reserve(words.size());
  starts_entries_.reserve(words.size());
  for (const uint32_t f : form_index) {
    form_of_.push_back(found[f].keys);
    starts_entries_.push_back(found[f].starts_entries);
  }
}

size_t WordIndex::first_at(uint32_t offset) const {
  auto it = std::lower_bound(words.begin(), words.end(), offset,
                             [](const Word& w, uint32_t o) { return w.begin < o; });
  return static_cast<size_t>(it - words.begin());
}

bool overlaps_any(const std::vector<Entity>& entities, const Span& span) {
  return std::any_of(entities.begin(), entities.end(),
                     [&](const Entity& e) { return e.overlaps(span); });
}

std::string_view clean_surface(std::string_view s) {
  auto junk = [](std::string_view t, bool front) {
    static constexpr std::string_view kAscii = " \t\n\"'()[]{},.;:!?";
    static constexpr std::string_view kQuotes[] = {"\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                   "\xC2\xBB",     "\xC2\xAB",     "\xE2\x80\x9A",
                                                   "\xE2\x80\x98", "\xE2\x80\x99"};
    if (t.empty()) return size_t{0};
    const char c = front ? t.front() : t.back();
    if (kAscii.find(c) != std::string_view::npos) return size_t{1};
    for (std::string_view q : kQuotes) {
      if (t.size() >= q.size() &&
          (front ? t.substr(0, q.size()) : t.substr(t.size() - q.size())) == q) {
        return q.size();
      }
    }
    return size_t{0};
  };
  while (size_t n = junk(s, true)) s.remove_prefix(n);
  while (size_t n = junk(s, false)) s.remove_suffix(n);
  return s;
}

std::string fallback_id(std::string_view type, std::string_view surface) {
  std::string prefix = "misc:";
  if (type == "PER") prefix = "per:";
  if (type == "LOC") prefix = "loc:";
  if (type == "ORG") prefix = "org:";
  std::string key = normalise_name(surface);
  std::replace(key.begin(), key.end(), ' ', '_');
  return prefix + key;
}

}  // namespace kb

void resolve_entities(Document& doc, const KnowledgeBase& kb, const ResolveOptions& options) {
  auto by_begin = [](const Entity& a, const Entity& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  std::stable_sort(doc.entities.begin(), doc.entities.end(), by_begin);
  for (Entity& e : doc.entities) {
    e.id.clear();
    e.name.clear();
  }
  const kb::WordIndex words(doc.text, kb);
  if (options.gazetteer) kb::add_gazetteer_entities(doc, kb, words);
  kb::link_entities(doc, kb, options);
  if (options.gazetteer) kb::add_surname_mentions(doc, kb, words);
  std::stable_sort(doc.entities.begin(), doc.entities.end(), by_begin);
  doc.roles.clear();
  if (options.roles) kb::fill_roles(doc, kb, words);
}

}  // namespace lagebild
