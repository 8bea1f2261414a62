// Gazetteer passes: KB names in running text that the tagger did not mark.
#include <algorithm>
#include <map>

#include <lagebild/kb.h>

#include "kb/kb_impl.h"
#include "kb/name_key.h"
#include "kb/resolve_internal.h"

namespace lagebild::kb {
namespace {

bool only_spaces(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '-'; });
}

char previous_visible(std::string_view text, uint32_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos > 0 ? text[pos - 1] : '\0';
}

char next_visible(std::string_view text, uint32_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos < text.size() ? text[pos] : '\0';
}

bool all_caps(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Match {
  size_t first = 0, last = 0;  // word indexes, inclusive
  uint32_t entity = 0;
};

// Does `entry` match the words starting at `i`? Name forms compare by key, with the text's words
// capitalised where the KB's are; abbreviations and tags compare exactly.
bool matches(std::string_view text, const WordIndex& w, size_t i,
             const KnowledgeBase::Impl::GazetteerEntry& entry) {
  const size_t n = entry.words.size();
  if (i + n > w.words.size()) return false;
  for (size_t k = 0; k < n; ++k) {
    const bool last = k + 1 == n;
    if (w.key(i + k) != entry.words[k] && !(last && w.genitive_key(i + k) == entry.words[k])) {
      return false;
    }
    if (k > 0) {
      const Word& a = w.words[i + k - 1];
      const Word& b = w.words[i + k];
      if (!only_spaces(text.substr(a.end, b.begin - a.end))) return false;
    }
  }
  const uint32_t begin = w.words[i].begin, end = w.words[i + n - 1].end;
  const std::string_view slice = text.substr(begin, end - begin);
  switch (entry.form) {
    case NameForm::kAbbr:
      return slice == entry.surface;
    case NameForm::kTag: {
      if (slice != entry.surface) return false;
      const char before = previous_visible(text, begin), after = next_visible(text, end);
      return (before == '(' || before == '/') && (after == ')' || after == '/' || after == ',');
    }
    case NameForm::kName:
    case NameForm::kCyrillic: {
      const std::vector<uint8_t>& surface_upper = entry.surface_upper;
      for (size_t k = 0; k < n; ++k) {
        const bool want_upper = k < surface_upper.size() ? surface_upper[k] != 0 : true;
        if (want_upper && !w.words[i + k].upper) return false;
      }
      // "EU" written in capitals is an abbreviation entry's business, "Mark" in a headline in
      // capitals is not a name.
      return !(n == 1 && all_caps(slice) && slice.size() > 1 && !all_caps(entry.surface));
    }
  }
  return false;
}

void add(Document& doc, const KnowledgeBase& kb, const WordIndex& w, const Match& m) {
  const auto [cfirst, clast] = compound_of(w.words, m.first);
  const auto [dfirst, dlast] = compound_of(w.words, m.last);
  Span span{w.words[m.first].begin, w.words[m.last].end};
  bool part = false;
  if (cfirst < m.first || dlast > m.last) {
    // Inside a compound ("Nato-Generalsekretär"): GermEval marks the whole word as *part.
    span = Span{w.words[cfirst].begin, w.words[dlast].end};
    part = true;
  }
  if (overlaps_any(doc.entities, span)) return;
  const KbEntity& k = kb.impl().entities[m.entity];
  Entity e;
  static_cast<Span&>(e) = span;
  e.type = std::string(ner_type(k.kind));
  e.part = part;
  e.id = k.id;
  e.name = k.name;
  doc.entities.push_back(std::move(e));
}

}  // namespace

void add_gazetteer_entities(Document& doc, const KnowledgeBase& kb, const WordIndex& w) {
  const std::string_view text = doc.text;
  for (size_t i = 0; i < w.words.size();) {
    if (!w.starts_entries(i)) {  // most words: no entry to try
      ++i;
      continue;
    }
    Match best;
    size_t best_len = 0;
    size_t best_rank = SIZE_MAX;
    const WordKeys& keys = w.keys(i);
    for (const WordKeys::Entries* entries : {keys.entries, keys.genitive_entries}) {
      if (entries == nullptr) continue;
      for (const auto& entry : *entries) {
        if (!matches(text, w, i, entry)) continue;
        const size_t len = entry.words.size();
        // Among names of equal length, the entity lookup() ranks first.
        const size_t rank = entry.rank;
        if (len > best_len || (len == best_len && rank < best_rank)) {
          best = Match{i, i + len - 1, entry.entity};
          best_len = len;
          best_rank = rank;
        }
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    add(doc, kb, w, best);
    i = best.last + 1;
  }
}

void add_surname_mentions(Document& doc, const KnowledgeBase& kb, const WordIndex& w) {
  // Surname key -> person id, from persons named with at least two words in this article, and
  // the single-word KB variants of those persons ("Xi" for Xi Jinping). Ambiguous keys drop out.
  std::map<std::string, std::string> surnames;
  std::map<std::string, std::string> names;
  auto note = [&](const std::string& key, const std::string& id) {
    if (key.size() < 2) return;
    auto [it, fresh] = surnames.emplace(key, id);
    if (!fresh && it->second != id) it->second.clear();
  };
  for (const Entity& e : doc.entities) {
    if (e.type != "PER" || e.id.empty() || e.part || e.derived) continue;
    const std::string key = normalise_name(e.name.empty() ? doc.slice(e) : e.name);
    if (key.find(' ') == std::string::npos) continue;
    note(key.substr(key.rfind(' ') + 1), e.id);
    names.emplace(e.id, e.name);
    if (const KbEntity* k = kb.entity(e.id)) {
      auto it = kb.impl().short_names.find(static_cast<uint32_t>(k - kb.impl().entities.data()));
      if (it != kb.impl().short_names.end()) {
        for (const std::string& short_key : it->second) note(short_key, e.id);
      }
    }
  }
  if (surnames.empty()) return;
  for (size_t i = 0; i < w.words.size(); ++i) {
    const Word& word = w.words[i];
    if (!word.upper || word.end - word.begin < 3) continue;
    const std::string_view s = std::string_view(doc.text).substr(word.begin, word.end - word.begin);
    if (all_caps(s)) continue;
    std::string id;
    for (const std::string* key : {&w.key(i), &w.genitive_key(i)}) {
      auto it = surnames.find(*key);
      if (!key->empty() && it != surnames.end() && !it->second.empty()) {
        id = it->second;
        break;
      }
    }
    if (id.empty()) continue;
    const auto [first, last] = compound_of(w.words, i);
    const Span span{w.words[first].begin, w.words[last].end};
    if (overlaps_any(doc.entities, span)) continue;
    Entity e;
    static_cast<Span&>(e) = span;
    e.type = "PER";
    e.part = first != last;
    e.id = id;
    e.name = names[id];
    doc.entities.push_back(std::move(e));
  }
}

}  // namespace lagebild::kb
