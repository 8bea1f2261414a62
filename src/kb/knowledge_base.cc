// KnowledgeBase queries. Everything here reads the immutable indexes built by kb_load.cc.
#include <algorithm>
#include <array>
#include <atomic>
#include <set>

#include <lagebild/kb.h>

#include "kb/kb_dates.h"
#include "kb/kb_impl.h"
#include "kb/name_key.h"

namespace lagebild {
namespace {

// The KB lists offices from 2014 on (the war's beginning); older terms are only context.
constexpr std::string_view kHorizon = "2014-01-01";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view ner_type(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "PER";
    case EntityKind::kOrganisation:
      return "ORG";
    case EntityKind::kCountry:
    case EntityKind::kPlace:
      return "LOC";
  }
  return "MISC";
}

uint64_t new_kb_serial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

KnowledgeBase::KnowledgeBase(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KnowledgeBase::~KnowledgeBase() = default;

const KbEntity* KnowledgeBase::entity(std::string_view id) const {
  return impl_->find(id);
}

std::vector<const KbEntity*> KnowledgeBase::lookup(std::string_view name) const {
  std::vector<const KbEntity*> out;
  auto collect = [&](const std::string& key) {
    auto it = impl_->by_key.find(key);
    if (it == impl_->by_key.end()) return false;
    for (uint32_t i : it->second) out.push_back(&impl_->entities[i]);
    return true;
  };
  if (collect(normalise_name(name))) return out;
  const std::string base = kb::strip_genitive(name);
  if (!base.empty()) collect(normalise_name(base));
  return out;
}

std::vector<const KbEntity*> KnowledgeBase::persons_with_surname(std::string_view surname) const {
  std::vector<const KbEntity*> out;
  auto collect = [&](const std::string& key) {
    auto it = impl_->by_surname.find(key);
    if (it == impl_->by_surname.end()) return false;
    for (uint32_t i : it->second) out.push_back(&impl_->entities[i]);
    return true;
  };
  if (collect(normalise_name(surname))) return out;
  const std::string base = kb::strip_genitive(surname);
  if (!base.empty()) collect(normalise_name(base));
  return out;
}

std::optional<OfficeTerm> KnowledgeBase::office_holder(std::string_view office, std::string_view of,
                                                       std::string_view date) const {
  if (office == "leader") {
    // Whoever rules: a supreme leader where there is one (Iran, North Korea), else the
    // president, the monarch, the head of government.
    for (std::string_view o : {"supreme_leader", "president", "monarch", "head_of_government"}) {
      if (auto t = office_holder(o, of, date)) return t;
    }
    return std::nullopt;
  }
  auto it = impl_->offices_by_key.find(std::string(office) + '\t' + std::string(of));
  if (it == impl_->offices_by_key.end()) return std::nullopt;
  const std::vector<uint32_t>& terms = it->second;  // by start, oldest first

  if (date.empty() || !kb::is_partial_date(date.substr(0, std::min<size_t>(date.size(), 10)))) {
    std::set<std::string> persons;
    const OfficeTerm* latest = nullptr;
    for (uint32_t i : terms) {
      const OfficeTerm& t = impl_->offices[i];
      if (!t.end.empty() && kb::last_day(t.end) < kHorizon) continue;
      persons.insert(t.person);
      latest = &t;
    }
    if (persons.size() == 1 && latest) return *latest;
    return std::nullopt;
  }

  const std::string_view d = date.substr(0, std::min<size_t>(date.size(), 10));
  auto covering = [&](const std::string& lo, const std::string& hi) -> const OfficeTerm* {
    const OfficeTerm* best = nullptr;
    for (uint32_t i : terms) {
      const OfficeTerm& t = impl_->offices[i];
      const std::string start = kb::first_day(t.start);
      const std::string end = t.end.empty() ? "9999-12-31" : kb::last_day(t.end);
      if (start <= hi && lo <= end) best = &t;  // sorted by start: the last one began last
    }
    return best;
  };
  const std::string day = kb::representative_day(d);
  if (const OfficeTerm* t = covering(day, day)) return *t;
  if (const OfficeTerm* t = covering(kb::first_day(d), kb::last_day(d))) return *t;
  return std::nullopt;
}

std::vector<OfficeTerm> KnowledgeBase::offices_of(std::string_view person) const {
  std::vector<OfficeTerm> out;
  auto it = impl_->offices_by_person.find(person);
  if (it == impl_->offices_by_person.end()) return out;
  for (uint32_t i : it->second) out.push_back(impl_->offices[i]);
  return out;
}

const KbEntity* KnowledgeBase::country_for_adjective(std::string_view word) const {
  const std::string w = kb::to_lower(word);
  static constexpr std::array<std::string_view, 10> kEndings = {"",   "innen", "in", "en", "em",
                                                                "er", "es",    "e",  "n",  "s"};
  for (std::string_view ending : kEndings) {
    if (!ending.empty() && !ends_with(w, ending)) continue;
    auto it = impl_->adjectives.find(std::string_view(w).substr(0, w.size() - ending.size()));
    if (it != impl_->adjectives.end()) return &impl_->entities[it->second];
  }
  return nullptr;
}

std::optional<OfficeTitle> KnowledgeBase::title(std::string_view word) const {
  const std::string w = kb::to_lower(word);
  if (w.rfind("ex-", 0) == 0 || w.rfind("alt-", 0) == 0) return std::nullopt;  // former holders
  static constexpr std::array<std::string_view, 7> kEndings = {"",  "innen", "in", "en",
                                                               "n", "es",    "s"};
  for (std::string_view ending : kEndings) {
    if (!ending.empty() && !ends_with(w, ending)) continue;
    auto it = impl_->titles.find(std::string_view(w).substr(0, w.size() - ending.size()));
    if (it != impl_->titles.end()) return it->second;
  }
  // "US-Außenminister", "Nato-Außenminister": the part before the hyphen names the country or
  // organisation, the rest is the title.
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return std::nullopt;
  auto rest = title(word.substr(hyphen + 1));
  if (!rest) return std::nullopt;
  for (const KbEntity* e : lookup(word.substr(0, hyphen))) {
    if (e->kind == EntityKind::kCountry) return OfficeTitle{rest->office, e->country};
    if (e->kind == EntityKind::kOrganisation) return OfficeTitle{rest->office, e->id};
  }
  return rest;
}

std::optional<std::pair<double, double>> KnowledgeBase::coordinates(std::string_view id) const {
  const KbEntity* e = entity(id);
  if (!e || !e->lat || !e->lon) return std::nullopt;
  return std::make_pair(*e->lat, *e->lon);
}

KnowledgeBase::Stats KnowledgeBase::stats() const {
  Stats s;
  for (const KbEntity& e : impl_->entities) {
    switch (e.kind) {
      case EntityKind::kPerson:
        ++s.persons;
        break;
      case EntityKind::kOrganisation:
        ++s.organisations;
        break;
      case EntityKind::kCountry:
        ++s.countries;
        break;
      case EntityKind::kPlace:
        ++s.places;
        break;
    }
  }
  s.variants = impl_->variant_count;
  s.offices = impl_->offices.size();
  s.titles = impl_->titles.size();
  s.adjectives = impl_->adjectives.size();
  return s;
}

}  // namespace lagebild
