// Linking: each tagged mention gets a KB id, or an id made from its name key.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <lagebild/kb.h>

#include "kb/kb_impl.h"
#include "kb/name_key.h"
#include "kb/resolve_internal.h"

namespace lagebild::kb {
namespace {

bool type_fits(std::string_view type, const KbEntity& e, bool strict) {
  const std::string_view t = ner_type(e.kind);
  if (type == t) return true;
  if (strict) return false;
  // Metonymy: "Kiew warnt" (a place standing for a government) is often tagged ORG, "Kreml" LOC.
  return (type == "ORG" && t == "LOC") || (type == "LOC" && t == "ORG") || type == "MISC";
}

// The best candidate for a mention of NER type `type`: same type first, then a metonymic one.
// Persons are only ever matched by persons.
const KbEntity* pick(const std::vector<const KbEntity*>& cands, std::string_view type) {
  for (const KbEntity* e : cands) {
    if (type_fits(type, *e, true)) return e;
  }
  if (type == "PER") return nullptr;
  for (const KbEntity* e : cands) {
    if (type_fits(type, *e, false) && e->kind != EntityKind::kPerson) return e;
  }
  return nullptr;
}

// A place so prominent that a lone word naming it is the place, never an unknown person: a
// country called by its own name (not a demonym: "Franke" is a person's name too), a
// hand-curated place (no population), or a GeoNames city of a million or more.
const KbEntity* well_known_place(const std::vector<const KbEntity*>& cands,
                                 std::string_view surface) {
  constexpr uint64_t kLargeCity = 1'000'000;
  for (const KbEntity* e : cands) {
    if (e->kind == EntityKind::kPerson) return nullptr;  // a known person of that name exists
  }
  const std::string key = normalise_name(surface);
  const std::string base = normalise_name(strip_genitive(surface));
  for (const KbEntity* e : cands) {
    if (e->kind == EntityKind::kCountry) {
      const std::string name = normalise_name(e->name);
      if (name == key || name == base) return e;
    }
    if (e->kind == EntityKind::kPlace && (e->population == 0 || e->population >= kLargeCity))
      return e;
  }
  return nullptr;
}

std::string last_word_key(std::string_view surface) {
  const std::string key = normalise_name(surface);
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

// The key of the first word of a name of two or more words ("Wladimir Putin" -> "vladimir"), or
// empty for a single word.
std::string first_word_key(std::string_view surface) {
  const std::string key = normalise_name(surface);
  const size_t space = key.find(' ');
  return space == std::string::npos ? std::string() : key.substr(0, space);
}

size_t word_count(std::string_view surface) {
  const std::string key = normalise_name(surface);
  return key.empty() ? 0 : static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

class Linker {
 public:
  Linker(Document& doc, const KnowledgeBase& kb, const ResolveOptions& options)
      : doc_(doc), kb_(kb), options_(options) {}

  void run() {
    // Full names first, so that a lone surname can find them wherever they stand.
    for (Entity& e : doc_.entities) {
      if (!e.id.empty()) {
        remember(e);
        continue;
      }
      if (e.type == "PER" && !e.derived && !e.part && word_count(surface(e)) >= 2) link(e);
    }
    for (Entity& e : doc_.entities) {
      if (e.id.empty()) link(e);
    }
    // Lone names that matched no person by surname: a given name standing apart from its
    // surname ("(den russischen Präsidenten Wladimir) Putin") belongs to the one person of the
    // article with that given name, who may be named only further on. Else the place or
    // fallback of link_surname.
    join_split_given_names();
    const std::map<std::string, const Entity*> given = article_given_names();
    for (const LoneName& lone : lone_names_) {
      Entity& e = *lone.entity;
      if (!e.id.empty()) continue;  // joined to its surname
      auto it = given.find(normalise_name(surface(e)));
      if (it != given.end() && it->second != nullptr) {
        e.id = it->second->id;
        e.name = it->second->name;
        continue;
      }
      link_unknown_lone_name(e, surface(e), lone.candidates);
    }
  }

 private:
  std::string_view surface(const Entity& e) const { return clean_surface(doc_.slice(e)); }

  void set(Entity& e, const KbEntity& k) {
    e.id = k.id;
    e.name = k.name;
    remember(e);
  }

  void set_fallback(Entity& e, std::string_view name) {
    e.id = fallback_id(e.type, name);
    e.name = std::string(name);
    remember(e);
  }

  // A lone word just before a person's surname, with only a closing bracket or quotation mark
  // between them, that is that person's given name: "Präsidenten Wladimir) Putin". The tagger
  // reads such a word on its own and often as a place (there is a city Vladimir); it is the
  // person.
  void join_split_given_names() {
    std::vector<Entity*> order;
    for (Entity& e : doc_.entities) order.push_back(&e);
    std::stable_sort(order.begin(), order.end(),
                     [](const Entity* a, const Entity* b) { return a->begin < b->begin; });
    for (size_t i = 0; i + 1 < order.size(); ++i) {
      Entity& e = *order[i];
      const Entity& next = *order[i + 1];
      if ((e.type != "PER" && e.type != "LOC") || e.derived || e.part || next.type != "PER" ||
          next.id.empty() || next.derived || next.part || next.begin < e.end ||
          word_count(surface(e)) != 1) {
        continue;
      }
      // Only spaces and closing marks between them, and at least one mark.
      static constexpr std::string_view kClosingMarks = ")]\"'\u201C\u201D\u00AB\u00BB";
      const std::string_view gap = std::string_view(doc_.text).substr(e.end, next.begin - e.end);
      static const std::string kSpaceOrMark = " " + std::string(kClosingMarks);
      if (gap.find_first_of(kClosingMarks) == std::string_view::npos ||
          gap.find_first_not_of(kSpaceOrMark) != std::string_view::npos) {
        continue;
      }
      const std::string given = first_word_key(next.name);
      if (given.empty() || given != normalise_name(surface(e))) continue;
      e.type = "PER";
      e.id = next.id;
      e.name = next.name;
    }
  }

  // Persons named in this article with two or more words, by the key of their first name word
  // (null where two people share it).
  std::map<std::string, const Entity*> article_given_names() const {
    std::map<std::string, const Entity*> given;
    for (const Entity& e : doc_.entities) {
      if (e.type != "PER" || e.id.empty() || e.part || e.derived) continue;
      for (std::string_view name : {surface(e), std::string_view(e.name)}) {
        std::string key = first_word_key(name);
        if (key.empty()) continue;
        auto [it, fresh] = given.emplace(std::move(key), &e);
        if (!fresh && it->second != nullptr && it->second->id != e.id) it->second = nullptr;
      }
    }
    return given;
  }

  // Persons named in this article, by the key of their last name word.
  void remember(const Entity& e) {
    if (e.type != "PER" || e.id.empty() || e.part || e.derived) return;
    const std::string_view s = surface(e);
    if (word_count(s) < 2 && word_count(e.name) < 2) return;
    for (const std::string& key : {last_word_key(s), last_word_key(e.name)}) {
      auto [it, fresh] = article_persons_.emplace(key, e.id);
      if (!fresh && it->second != e.id) it->second.clear();  // two people share it: ambiguous
      auto& named = article_names_[e.id];
      if (named.empty()) named = e.name;
    }
  }

  void link(Entity& e) {
    const std::string_view s = surface(e);
    if (s.empty()) return set_fallback(e, doc_.slice(e));
    if (e.derived) return link_derived(e, s);
    if (e.part) return link_part(e, s);
    // A lone name: whoever the article has named in full comes before the KB's variants.
    if (e.type == "PER" && word_count(s) == 1) return link_surname(e, s);
    if (const KbEntity* k = pick(kb_.lookup(s), e.type)) return set(e, *k);
    if (e.type == "PER") {
      // An unknown full name in the genitive ("John Ginkels") takes the id of its nominative
      // when the article has that too.
      const std::string base = strip_genitive(s);
      if (!base.empty()) {
        auto it = article_persons_.find(last_word_key(base));
        if (it != article_persons_.end() && !it->second.empty() &&
            it->second == fallback_id("PER", base)) {
          e.id = it->second;
          e.name = article_names_[it->second];
          return;
        }
      }
    }
    set_fallback(e, s);
  }

  void link_surname(Entity& e, std::string_view s) {
    for (const std::string& key : {normalise_name(s), normalise_name(strip_genitive(s))}) {
      if (key.empty()) continue;
      auto it = article_persons_.find(key);
      if (it != article_persons_.end() && !it->second.empty()) {
        e.id = it->second;
        e.name = article_names_[it->second];
        return;
      }
    }
    // One lookup serves every test below: a known person, a place mistaken for one, a fallback.
    std::vector<const KbEntity*> candidates = kb_.lookup(s);
    if (const KbEntity* k = pick(candidates, "PER")) return set(e, *k);
    if (options_.link_surnames_to_kb) {
      auto people = kb_.persons_with_surname(s);
      if (people.size() > 1 && !doc_.date.value.empty()) {
        // Several people of that name: the one holding an office at the article's date.
        std::vector<const KbEntity*> in_office;
        for (const KbEntity* p : people) {
          for (const OfficeTerm& t : kb_.offices_of(p->id)) {
            auto holder = kb_.office_holder(t.office, t.of, doc_.date.value);
            if (holder && holder->person == p->id) {
              in_office.push_back(p);
              break;
            }
          }
        }
        people = in_office;
      }
      if (people.size() == 1) return set(e, *people.front());
    }
    // Perhaps a given name of someone named later: run() decides once the article is linked.
    lone_names_.push_back({&e, std::move(candidates)});
  }

  // A lone name that is no person of the article or the KB (`candidates`: its KB lookup).
  void link_unknown_lone_name(Entity& e, std::string_view s,
                              const std::vector<const KbEntity*>& candidates) {
    // No person of that name anywhere, but a country, curated place or large city: the tagger
    // mistook a place for a person ("in Kyjiw" read as a name). Retype it rather than invent a
    // person id that would split the place's mentions.
    if (const KbEntity* place = well_known_place(candidates, s)) {
      e.type = "LOC";
      return set(e, *place);
    }
    const std::string base = strip_genitive(s);
    set_fallback(e, base.empty() || !candidates.empty() ? s : std::string_view(base));
  }

  // "ukrainische", "Russen", "Kiewer": the country or place the word is derived from.
  void link_derived(Entity& e, std::string_view s) {
    if (const KbEntity* c = kb_.country_for_adjective(s)) {
      e.id = c->id;
      e.name = c->name;
      return;
    }
    const std::string lower = to_lower(s);
    static constexpr std::array<std::string_view, 13> kEndings = {
        "erinnen", "erin", "ern",   "er",   "ischen", "ische", "ischer",
        "isches",  "isch", "schen", "sche", "en",     "e"};
    for (std::string_view ending : kEndings) {
      if (lower.size() <= ending.size() + 2 ||
          lower.compare(lower.size() - ending.size(), ending.size(), ending) != 0) {
        continue;
      }
      const std::string_view stem = s.substr(0, s.size() - ending.size());
      for (const KbEntity* k : kb_.lookup(stem)) {
        if (k->kind == EntityKind::kPlace || k->kind == EntityKind::kCountry ||
            k->kind == EntityKind::kOrganisation) {
          e.id = k->id;
          e.name = k->name;
          return;
        }
      }
    }
    e.id = fallback_id(e.type, s);
    e.name = std::string(s);
  }

  // "Nato-Generalsekretär", "EU-Budget", "Ukraine-Krieg", "Kremlchef": the named part.
  void link_part(Entity& e, std::string_view s) {
    std::vector<std::string_view> parts;
    for (size_t start = 0; start <= s.size();) {
      size_t hyphen = s.find('-', start);
      if (hyphen == std::string_view::npos) hyphen = s.size();
      if (hyphen > start) parts.push_back(s.substr(start, hyphen - start));
      start = hyphen + 1;
    }
    for (std::string_view p : parts) {
      if (const KbEntity* k = pick(kb_.lookup(p), e.type)) {
        e.id = k->id;
        e.name = k->name;
        return;
      }
    }
    if (parts.size() == 1) {
      // A closed compound: the longest known prefix of at least four bytes (Kremlchef -> Kreml).
      for (size_t n = s.size() - 1; n >= 4; --n) {
        if ((static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) continue;  // inside a character
        for (const KbEntity* k : kb_.lookup(s.substr(0, n))) {
          if (k->kind != EntityKind::kPerson) {
            e.id = k->id;
            e.name = k->name;
            return;
          }
        }
      }
    }
    const std::string_view head = parts.empty() ? s : parts.front();
    e.id = fallback_id(e.type, head);
    e.name = std::string(head);
  }

  Document& doc_;
  const KnowledgeBase& kb_;
  const ResolveOptions& options_;
  std::map<std::string, std::string> article_persons_;  // surname key -> id ("" if ambiguous)
  std::map<std::string, std::string> article_names_;    // id -> canonical name
  struct LoneName {
    Entity* entity;
    std::vector<const KbEntity*> candidates;  // kb_.lookup() of its surface
  };
  std::vector<LoneName> lone_names_;  // left by link_surname for the given-name pass of run()
};

}  // namespace

void link_entities(Document& doc, const KnowledgeBase& kb, const ResolveOptions& options) {
  Linker(doc, kb, options).run();
}

}  // namespace lagebild::kb
