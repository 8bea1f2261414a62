// The resolution stage: gazetteer, linking, surname mentions, roles.
#include <algorithm>

#include <lagebild/kb.h>

#include "kb/name_key.h"
#include "kb/resolve_internal.h"

namespace lagebild {
namespace kb {

WordIndex::WordIndex(std::string_view text, const KnowledgeBase& kb) : words(scan_words(text)) {
  const auto& impl = kb.impl();
  // Articles repeat their words (der, die, Selenskyj): name keys and gazetteer lookups once per
  // distinct form, found again through a small open-addressing table of form indexes + 1 (0:
  // empty) that stays in cache.
  size_t capacity = 64;
  while (capacity < 2 * words.size()) capacity *= 2;
  std::vector<uint32_t> slots(capacity, 0);
  std::vector<std::string_view> form_text;
  form_of_.reserve(words.size());
  for (const Word& w : words) {
    const std::string_view s = text.substr(w.begin, w.end - w.begin);
    size_t slot = KnowledgeBase::Impl::filter_hash(s) & (capacity - 1);
    while (slots[slot] != 0 && form_text[slots[slot] - 1] != s) slot = (slot + 1) & (capacity - 1);
    if (slots[slot] == 0) {
      WordKeys& k = forms_.emplace_back();
      k.key = normalise_name(s);
      const std::string base = strip_genitive(s);
      if (!base.empty()) k.genitive_key = normalise_name(base);
      k.entries = impl.gazetteer_entries(k.key);
      k.genitive_entries = impl.gazetteer_entries(k.genitive_key);
      form_text.push_back(s);
      slots[slot] = static_cast<uint32_t>(forms_.size());
    }
    form_of_.push_back(slots[slot] - 1);
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
