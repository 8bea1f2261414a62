// Roles: titles next to persons ("US-Außenminister Antony Blinken") and bare titles standing for
// the holder of an office ("der Kremlchef").
#include <algorithm>
#include <array>

#include <lagebild/kb.h>

#include "kb/name_key.h"
#include "kb/resolve_internal.h"

namespace lagebild::kb {
namespace {

// A role's office belongs to a country (ISO alpha-3, "USA") or to an organisation (an entity id,
// "org:nato"); the output contract keeps the two apart.
void set_office_holder_of(Role& r, const std::string& of) {
  if (of.starts_with("org:")) {
    r.organisation = of;
  } else {
    r.country = of;
  }
}

bool only_spaces(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Words that make a title refer to someone other than the present holder.
bool marks_other_holder(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 9> kStems = {"ehemalig", "früher",     "einstig",
                                                             "künftig",  "designiert", "scheidend",
                                                             "vormalig", "damalig",    "zukünftig"};
  return std::any_of(kStems.begin(), kStems.end(),
                     [&](std::string_view stem) { return lower_word.rfind(stem, 0) == 0; });
}

// A title found in the text: the compound's words [first, last] and what it names.
struct TitleAt {
  size_t first = 0, last = 0;
  OfficeTitle title;
  bool of_from_prefix = false;  // "US-", "Nato-": the title names its country itself
};

class RoleFinder {
 public:
  RoleFinder(Document& doc, const KnowledgeBase& kb, const WordIndex& w)
      : doc_(doc), kb_(kb), w_(w), text_(doc.text) {}

  void run() {
    for (const Entity& e : doc_.entities) {
      if (e.type == "PER" && !e.part && !e.derived && !e.id.empty()) title_before(e);
    }
    bare_titles();
    std::stable_sort(doc_.roles.begin(), doc_.roles.end(),
                     [](const Role& a, const Role& b) { return a.begin < b.begin; });
  }

 private:
  std::string_view word(size_t i) const {
    return text_.substr(w_.words[i].begin, w_.words[i].end - w_.words[i].begin);
  }

  std::optional<TitleAt> title_at(size_t last) const {
    const auto [first, end] = compound_of(w_.words, last);
    if (end != last || !w_.words[first].upper) return std::nullopt;
    const uint32_t b = w_.words[first].begin, e = w_.words[last].end;
    auto t = kb_.title(text_.substr(b, e - b));
    if (!t) return std::nullopt;
    TitleAt at{first, last, *t, false};
    if (first != last) {
      // Did the prefix set `of`? Compare with the title word alone.
      auto bare = kb_.title(word(last));
      at.of_from_prefix = !bare || bare->of != t->of;
    }
    return at;
  }

  // A country adjective right before the title: "der ukrainische Außenminister".
  const KbEntity* adjective_before(size_t first, size_t* adjective_word) const {
    if (first == 0) return nullptr;
    const size_t a = compound_of(w_.words, first - 1).first;
    if (!only_spaces(text_.substr(w_.words[first - 1].end,
                                  w_.words[first].begin - w_.words[first - 1].end))) {
      return nullptr;
    }
    const uint32_t b = w_.words[a].begin, e = w_.words[first - 1].end;
    const std::string_view s = text_.substr(b, e - b);
    if (w_.words[a].upper && s.find('-') == std::string_view::npos) return nullptr;  // a noun
    const KbEntity* c = kb_.country_for_adjective(s);
    if (c) *adjective_word = a;
    return c;
  }

  bool former_or_future(size_t first) const {
    for (size_t back = 1; back <= 2 && first >= back; ++back) {
      if (marks_other_holder(to_lower(word(first - back)))) return true;
    }
    return false;
  }

  // "die stellvertretende Außenministerin": the deputy's office, and the word that says so.
  bool deputy_before(size_t first, size_t* word_index) const {
    if (first == 0 || !to_lower(word(first - 1)).starts_with("stellvertretend")) return false;
    *word_index = first - 1;
    return true;
  }

  // "Direktor des britischen Geheimdienstes GCHQ, Jeremy Fleming": a title, a genitive phrase
  // and a comma before the name. `of` comes from an organisation or country named in between.
  std::optional<TitleAt> appositive_title(size_t t, const Entity& person, std::string* of) const {
    for (size_t k = t; k + 8 > t && k > 0; --k) {
      const std::string_view gap =
          text_.substr(w_.words[k - 1].end, w_.words[k].begin - w_.words[k - 1].end);
      if (gap.find_first_of(".!?;:()") != std::string_view::npos) return std::nullopt;
      const std::string next = to_lower(word(k));
      if (next != "des" && next != "der") continue;
      auto at = title_at(k - 1);
      if (!at) continue;
      const uint32_t from = w_.words[k].begin;
      for (const Entity& e : doc_.entities) {
        if (e.begin < from || e.end > person.begin || e.part || e.id.empty()) continue;
        if (!of->empty()) break;  // the first one named after the title is whose it is
        if (const KbEntity* k2 = kb_.entity(e.id)) {
          if (k2->kind == EntityKind::kOrganisation) *of = k2->id;
          if (k2->kind == EntityKind::kCountry) *of = k2->country;
        }
      }
      for (size_t j = k + 1; of->empty() && j <= t; ++j) {
        if (const KbEntity* c = kb_.country_for_adjective(word(j)); c && !w_.words[j].upper) {
          *of = c->country;
        }
      }
      return at;
    }
    return std::nullopt;
  }

  void title_before(const Entity& person) {
    const size_t wi = w_.first_at(person.begin);
    if (wi == 0 || wi > w_.words.size()) return;
    const size_t t = wi - 1;
    const std::string_view gap = text_.substr(w_.words[t].end, person.begin - w_.words[t].end);
    std::optional<TitleAt> at;
    std::string between_of;
    if (only_spaces(gap)) {
      at = title_at(t);
    } else if (clean_surface(gap).empty() && gap.find(',') != std::string_view::npos) {
      at = appositive_title(t, person, &between_of);
    }
    if (!at) return;
    size_t adjective_word = SIZE_MAX;
    const KbEntity* adjective = adjective_before(at->first, &adjective_word);
    size_t deputy_word = SIZE_MAX;
    const bool deputy = deputy_before(adjective ? adjective_word : at->first, &deputy_word);

    std::string of;
    std::string office = deputy ? "deputy_" + at->title.office : at->title.office;
    if (at->of_from_prefix) {
      of = at->title.of;
    } else if (adjective) {
      of = adjective->country;
    } else {
      of = between_of;
    }
    // The person's own office of that kind, closest to the article's date.
    const auto terms = kb_.offices_of(person.id);
    const OfficeTerm* own = nullptr;
    for (const OfficeTerm& term : terms) {
      const bool same =
          term.office == office ||
          (office == "leader" && (term.office == "supreme_leader" || term.office == "president" ||
                                  term.office == "monarch" || term.office == "head_of_government"));
      if (!same || (!of.empty() && term.of != of)) continue;
      auto holder = kb_.office_holder(term.office, term.of, doc_.date.value);
      if (!own || (holder && holder->person == person.id)) own = &term;
    }
    if (own) {
      office = own->office;
      if (of.empty()) of = own->of;
    }
    if (of.empty()) of = at->title.of;
    if (of.empty()) {
      if (const KbEntity* p = kb_.entity(person.id)) of = p->country;
    }
    Role r;
    r.begin = deputy ? w_.words[deputy_word].begin
                     : (adjective ? w_.words[adjective_word].begin : w_.words[at->first].begin);
    r.end = person.end;
    r.person = person.id;
    r.office = office;
    set_office_holder_of(r, of);
    doc_.roles.push_back(std::move(r));
  }

  void bare_titles() {
    for (size_t i = 0; i < w_.words.size(); ++i) {
      if (w_.words[i].hyphen_after) continue;  // titles end their compound
      auto at = title_at(i);
      if (!at) continue;
      const Span span{w_.words[at->first].begin, w_.words[at->last].end};
      const bool taken = std::any_of(doc_.roles.begin(), doc_.roles.end(),
                                     [&](const Role& r) { return r.overlaps(span); });
      if (taken || former_or_future(at->first)) continue;
      const std::string lower = to_lower(word(i));
      const bool feminine = lower.size() > 2 && (lower.ends_with("in") || lower.ends_with("innen"));
      size_t adjective_word = SIZE_MAX;
      const KbEntity* adjective = adjective_before(at->first, &adjective_word);
      // "die Außenminister der G7" is plural: nobody in particular.
      const size_t det = adjective ? adjective_word : at->first;
      if (!feminine && det > 0 && to_lower(word(det - 1)) == "die") continue;
      if (det > 0 && former_or_future(det)) continue;
      size_t deputy_word = SIZE_MAX;
      if (deputy_before(det, &deputy_word)) continue;  // deputies are not in the KB's offices

      std::string of =
          at->of_from_prefix ? at->title.of : (adjective ? adjective->country : at->title.of);
      if (of.empty()) continue;
      auto holder = kb_.office_holder(at->title.office, of, doc_.date.value);
      if (!holder) continue;
      Role r;
      r.begin = adjective ? w_.words[adjective_word].begin : span.begin;
      r.end = span.end;
      r.person = holder->person;
      r.office = holder->office;
      set_office_holder_of(r, of);
      doc_.roles.push_back(std::move(r));
    }
  }

  Document& doc_;
  const KnowledgeBase& kb_;
  const WordIndex& w_;
  std::string_view text_;
};

}  // namespace

void fill_roles(Document& doc, const KnowledgeBase& kb, const WordIndex& words) {
  RoleFinder(doc, kb, words).run();
}

}  // namespace lagebild::kb
