// KnowledgeBase::load: reads and checks every table of data/kb/ and builds the indexes.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <unordered_set>

#include <lagebild/error.h>
#include <lagebild/kb.h>

#include "kb/kb_dates.h"
#include "kb/kb_impl.h"
#include "kb/name_key.h"
#include "kb/tsv.h"
#include "kb/words.h"

namespace lagebild {
namespace {

bool is_iso3(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_key(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// All letters upper case, no spaces, short: NATO, OSZE, G20, GCHQ (not AfD, not Kreml).
bool is_acronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  size_t letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c >= '0' && c <= '9') && c != '-') {
      return false;
    }
  }
  return letters >= 1;
}

class Loader {
 public:
  explicit Loader(std::string dir)
      : dir_(std::move(dir)), kb_(std::make_unique<KnowledgeBase::Impl>()) {}

  std::unique_ptr<KnowledgeBase::Impl> run() {
    load_stopwords();
    load_countries();
    load_persons();
    load_organisations();
    load_regions();
    load_places();
    load_variants("name_variants.tsv");
    load_variants("place_variants.tsv");
    load_offices();
    load_titles();
    load_adjectives();
    rank_candidates();
    index_gazetteer();
    return std::move(kb_);
  }

 private:
  std::string path(const char* file) const { return dir_ + "/" + file; }

  uint32_t add_entity(const kb::TsvTable& t, const kb::TsvRow& row, KbEntity e, bool curated,
                      std::string_view prefix) {
    if (e.id.rfind(prefix, 0) != 0 || e.id.size() <= prefix.size()) {
      t.fail(row, "id \"" + e.id + "\" must start with \"" + std::string(prefix) + "\"");
    }
    if (e.name.empty()) t.fail(row, "empty name");
    if (kb_->by_id.count(e.id)) t.fail(row, "duplicate id \"" + e.id + "\"");
    const auto index = static_cast<uint32_t>(kb_->entities.size());
    kb_->by_id.emplace(e.id, index);
    kb_->entities.push_back(std::move(e));
    kb_->curated.push_back(curated ? 1 : 0);
    return index;
  }

  void check_country(const kb::TsvTable& t, const kb::TsvRow& row, std::string_view iso3,
                     bool may_be_empty) {
    if (iso3.empty() && may_be_empty) return;
    if (!is_iso3(iso3) || !kb_->find("cty:" + std::string(iso3))) {
      t.fail(row,
             "unknown country \"" + std::string(iso3) + "\" (ISO 3166-1 alpha-3 of countries.tsv)");
    }
  }

  static double coordinate(const kb::TsvTable& t, const kb::TsvRow& row, std::string_view s,
                           double limit) {
    double v = 0;
    const std::string str(s);
    char* end = nullptr;
    v = std::strtod(str.c_str(), &end);
    if (str.empty() || end != str.c_str() + str.size() || v < -limit || v > limit) {
      t.fail(row, "bad coordinate \"" + str + "\"");
    }
    return v;
  }

  static void need_source(const kb::TsvTable& t, const kb::TsvRow& row, std::string_view source) {
    if (source.empty()) t.fail(row, "empty source: every fact names where it comes from");
  }

  // Indexes one name of an entity for lookup and, where it is safe, for the gazetteer.
  void add_name(uint32_t entity, std::string_view surface, NameForm form) {
    const std::string key = normalise_name(surface);
    if (key.empty()) return;
    // An acronym written as a name ("OSZE", "MIT", "NATO") must match exactly: by key, "OSZE"
    // would meet "Ostsee" and "MIT" the word "mit". It becomes an abbreviation below.
    const bool acronym = form == NameForm::kName && is_acronym(surface);
    // A name that normalises to one or two letters ("Fiji" -> "fi", "Yoon" -> "on", "Jijel" ->
    // "el", Cyrillic "ООН" -> "on") would meet short words and compound parts ("Sci-Fi", "On"):
    // not indexed. Abbreviations and agency tags are matched as written, so they may be short.
    if (key.size() < 3 && !acronym && form != NameForm::kAbbr && form != NameForm::kTag) return;
    auto& ids = kb_->by_key[key];
    if (std::find(ids.begin(), ids.end(), entity) == ids.end()) ids.push_back(entity);

    const KbEntity& e = kb_->entities[entity];
    std::vector<std::string> words;
    for (size_t start = 0; start <= key.size();) {
      size_t space = key.find(' ', start);
      if (space == std::string::npos) space = key.size();
      words.push_back(key.substr(start, space - start));
      start = space + 1;
    }
    if (e.kind == EntityKind::kPerson && words.size() == 1 && form == NameForm::kName) {
      kb_->short_names[entity].push_back(words.front());
    }
    if (e.kind == EntityKind::kPerson && words.size() >= 2 && form != NameForm::kCyrillic) {
      // Surname: the last word that is not a generation or regnal number (Jr., III).
      for (size_t i = words.size(); i-- > 1;) {
        const std::string& w = words[i];
        if (w == "jr" || w == "sr" || w.find_first_not_of("iv") == std::string::npos) continue;
        auto& ps = kb_->by_surname[w];
        if (std::find(ps.begin(), ps.end(), entity) == ps.end()) ps.push_back(entity);
        break;
      }
    }
    if (acronym) form = NameForm::kAbbr;
    if (!gazetteer_worthy(entity, surface, form, words.size())) return;
    if (words.size() == 1 && form == NameForm::kName && stopwords_.count(words.front())) return;
    KnowledgeBase::Impl::GazetteerEntry entry;
    entry.words = std::move(words);
    entry.surface = std::string(surface);
    entry.entity = entity;
    entry.form = form;
    kb_->gazetteer[entry.words.front()].push_back(std::move(entry));
  }

  // What matching an entry needs besides its words, computed once the candidates are ranked.
  void index_gazetteer() {
    for (auto& [key, entries] : kb_->gazetteer) {
      kb_->add_to_gazetteer_filter(key);
      for (auto& entry : entries) {
        for (const kb::Word& w : kb::scan_words(entry.surface))
          entry.surface_upper.push_back(w.upper);
        std::string joined;
        for (const auto& part : entry.words) joined += (joined.empty() ? "" : " ") + part;
        if (auto ranked = kb_->by_key.find(joined); ranked != kb_->by_key.end()) {
          auto pos = std::find(ranked->second.begin(), ranked->second.end(), entry.entity);
          entry.rank = static_cast<size_t>(pos - ranked->second.begin());
        }
      }
    }
  }

  // Which names the gazetteer may look for in running text. Single words only where they are
  // unlikely to be ordinary German words or someone else's name: countries, organisations,
  // hand-curated places. Person names need two words (a surname alone is linked later, only
  // when the article has named the person in full).
  bool gazetteer_worthy(uint32_t entity, std::string_view surface, NameForm form,
                        size_t words) const {
    if (form == NameForm::kCyrillic) return false;
    if (form == NameForm::kAbbr || form == NameForm::kTag) return true;
    if (!kb::starts_upper(surface)) return false;
    const KbEntity& e = kb_->entities[entity];
    switch (e.kind) {
      case EntityKind::kPerson:
        return words >= 2;
      case EntityKind::kOrganisation:
      case EntityKind::kCountry:
        return true;
      case EntityKind::kPlace:
        return kb_->curated[entity] && (words >= 2 || surface.size() >= 4);
    }
    return false;
  }

  // Single words the gazetteer must not look for in running text (common German nouns that are
  // also names): they are still linked when the tagger marks them.
  void load_stopwords() {
    kb::TsvTable t(path("gazetteer_stopwords.tsv"), {"word", "why"});
    for (const auto& r : t.rows()) {
      if (r.cells[0].empty() || r.cells[1].empty()) t.fail(r, "word and why must not be empty");
      stopwords_.insert(normalise_name(r.cells[0]));
    }
  }

  void load_countries() {
    kb::TsvTable t(path("countries.tsv"),
                   {"id", "iso3", "iso2", "name", "name_en", "lat", "lon", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      if (!is_iso3(c[1]) || c[0] != "cty:" + std::string(c[1])) t.fail(r, "id must be cty:<iso3>");
      need_source(t, r, c[7]);
      KbEntity e{std::string(c[0]), std::string(c[3]), EntityKind::kCountry, std::string(c[1]),
                 "country",         std::nullopt,      std::nullopt,         0};
      if (!c[5].empty() || !c[6].empty()) {
        e.lat = coordinate(t, r, c[5], 90);
        e.lon = coordinate(t, r, c[6], 180);
      }
      const uint32_t i = add_entity(t, r, std::move(e), true, "cty:");
      add_name(i, c[3], NameForm::kName);
      add_name(i, c[4], NameForm::kName);
    }
  }

  void load_persons() {
    kb::TsvTable t(path("persons.tsv"), {"id", "name", "country", "name_en", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      check_country(t, r, c[2], false);
      need_source(t, r, c[4]);
      KbEntity e{std::string(c[0]), std::string(c[1]), EntityKind::kPerson, std::string(c[2]),
                 "person",          std::nullopt,      std::nullopt,        0};
      const uint32_t i = add_entity(t, r, std::move(e), true, "per:");
      add_name(i, c[1], NameForm::kName);
      if (!c[3].empty()) add_name(i, c[3], NameForm::kName);
    }
  }

  void load_organisations() {
    kb::TsvTable t(path("organisations.tsv"), {"id", "name", "kind", "country", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      check_country(t, r, c[3], true);
      need_source(t, r, c[4]);
      if (!is_key(c[2])) t.fail(r, "kind must be a lower-case key");
      KbEntity e{std::string(c[0]),
                 std::string(c[1]),
                 EntityKind::kOrganisation,
                 std::string(c[3]),
                 std::string(c[2]),
                 std::nullopt,
                 std::nullopt,
                 0};
      const uint32_t i = add_entity(t, r, std::move(e), true, "org:");
      add_name(i, c[1], NameForm::kName);
    }
  }

  void load_regions() {
    kb::TsvTable t(path("regions.tsv"), {"id", "name", "kind", "country", "lat", "lon", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      check_country(t, r, c[3], true);
      need_source(t, r, c[6]);
      KbEntity e{std::string(c[0]),           std::string(c[1]),
                 EntityKind::kPlace,          std::string(c[3]),
                 std::string(c[2]),           coordinate(t, r, c[4], 90),
                 coordinate(t, r, c[5], 180), 0};
      const uint32_t i = add_entity(t, r, std::move(e), true, "loc:");
      add_name(i, c[1], NameForm::kName);
    }
  }

  void load_places() {
    kb::TsvTable t(path("places.tsv"), {"id", "name", "kind", "country", "admin1", "lat", "lon",
                                        "population", "curated", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      check_country(t, r, c[3], false);
      need_source(t, r, c[9]);
      uint64_t population = 0;
      auto [p, ec] = std::from_chars(c[7].data(), c[7].data() + c[7].size(), population);
      if (ec != std::errc() || p != c[7].data() + c[7].size()) t.fail(r, "bad population");
      if (c[8] != "0" && c[8] != "1") t.fail(r, "curated must be 0 or 1");
      KbEntity e{std::string(c[0]),           std::string(c[1]), EntityKind::kPlace,
                 std::string(c[3]),           std::string(c[2]), coordinate(t, r, c[5], 90),
                 coordinate(t, r, c[6], 180), population};
      const uint32_t i = add_entity(t, r, std::move(e), c[8] == "1", "geo:");
      add_name(i, c[1], NameForm::kName);
    }
  }

  void load_variants(const char* file) {
    kb::TsvTable t(path(file), {"id", "variant", "kind", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      auto it = kb_->by_id.find(std::string(c[0]));
      if (it == kb_->by_id.end()) t.fail(r, "unknown id \"" + std::string(c[0]) + "\"");
      if (c[1].empty()) t.fail(r, "empty variant");
      need_source(t, r, c[3]);
      NameForm form;
      if (c[2] == "name") {
        form = NameForm::kName;
      } else if (c[2] == "abbr") {
        form = NameForm::kAbbr;
      } else if (c[2] == "tag") {
        form = NameForm::kTag;
      } else if (c[2] == "cyrillic") {
        form = NameForm::kCyrillic;
      } else {
        t.fail(r, "kind must be name, abbr, tag or cyrillic");
      }
      add_name(it->second, c[1], form);
      ++kb_->variant_count;
    }
  }

  // An office's "of": a country code or the id of an organisation or place.
  void check_of(const kb::TsvTable& t, const kb::TsvRow& r, std::string_view of,
                bool may_be_empty) {
    if (of.empty() && may_be_empty) return;
    if (is_iso3(of)) return check_country(t, r, of, false);
    if (!kb_->find(of))
      t.fail(r, "\"" + std::string(of) + "\" is neither a country code nor a known id");
  }

  void load_offices() {
    kb::TsvTable t(path("offices.tsv"), {"person", "office", "of", "start", "end", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      const KbEntity* p = kb_->find(c[0]);
      if (!p || p->kind != EntityKind::kPerson)
        t.fail(r, "unknown person \"" + std::string(c[0]) + "\"");
      if (!is_key(c[1])) t.fail(r, "office must be a lower-case key such as foreign_minister");
      check_of(t, r, c[2], false);
      if (!kb::is_partial_date(c[3])) t.fail(r, "start must be YYYY, YYYY-MM or YYYY-MM-DD");
      if (!c[4].empty() && !kb::is_partial_date(c[4]))
        t.fail(r, "end must be empty, YYYY, YYYY-MM or YYYY-MM-DD");
      if (!c[4].empty() && kb::last_day(c[4]) < kb::first_day(c[3])) t.fail(r, "end before start");
      need_source(t, r, c[5]);
      const auto index = static_cast<uint32_t>(kb_->offices.size());
      kb_->offices.push_back({std::string(c[0]), std::string(c[1]), std::string(c[2]),
                              std::string(c[3]), std::string(c[4])});
      kb_->offices_by_person[std::string(c[0])].push_back(index);
      kb_->offices_by_key[std::string(c[1]) + '\t' + std::string(c[2])].push_back(index);
    }
    auto by_start = [this](uint32_t a, uint32_t b) {
      return kb::first_day(kb_->offices[a].start) < kb::first_day(kb_->offices[b].start);
    };
    for (auto& [_, v] : kb_->offices_by_person) std::stable_sort(v.begin(), v.end(), by_start);
    for (auto& [_, v] : kb_->offices_by_key) std::stable_sort(v.begin(), v.end(), by_start);
  }

  void load_titles() {
    kb::TsvTable t(path("office_titles.tsv"), {"phrase", "office", "of", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      if (c[0].empty()) t.fail(r, "empty phrase");
      if (!is_key(c[1])) t.fail(r, "office must be a lower-case key");
      check_of(t, r, c[2], true);
      need_source(t, r, c[3]);
      if (!kb_->titles
               .emplace(kb::to_lower(c[0]), OfficeTitle{std::string(c[1]), std::string(c[2])})
               .second) {
        t.fail(r, "duplicate phrase \"" + std::string(c[0]) + "\"");
      }
    }
  }

  void load_adjectives() {
    kb::TsvTable t(path("country_adjectives.tsv"), {"form", "country", "kind", "source"});
    for (const auto& r : t.rows()) {
      const auto& c = r.cells;
      check_country(t, r, c[1], false);
      if (c[2] != "adjective" && c[2] != "demonym") t.fail(r, "kind must be adjective or demonym");
      need_source(t, r, c[3]);
      const std::string form = kb::to_lower(c[0]);
      auto [it, fresh] = kb_->adjectives.emplace(form, kb_->by_id.at("cty:" + std::string(c[1])));
      if (!fresh && kb_->entities[it->second].country != c[1]) {
        t.fail(r, "\"" + std::string(c[0]) + "\" already names another country");
      }
    }
  }

  // Best candidate first: countries, then persons and organisations, then hand-curated places,
  // then GeoNames places by population.
  void rank_candidates() {
    auto rank = [this](uint32_t i) {
      const KbEntity& e = kb_->entities[i];
      switch (e.kind) {
        case EntityKind::kCountry:
          return 0;
        case EntityKind::kPerson:
        case EntityKind::kOrganisation:
          return 1;
        case EntityKind::kPlace:
          return kb_->curated[i] ? 2 : 3;
      }
      return 3;
    };
    for (auto& [_, v] : kb_->by_key) {
      std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return kb_->entities[a].population > kb_->entities[b].population;
      });
    }
  }

  std::string dir_;
  std::unique_ptr<KnowledgeBase::Impl> kb_;
  std::unordered_set<std::string> stopwords_;
};

}  // namespace

std::shared_ptr<const KnowledgeBase> KnowledgeBase::load(const std::string& dir) {
  auto impl = Loader(dir).run();
  return std::shared_ptr<const KnowledgeBase>(new KnowledgeBase(std::move(impl)));
}

}  // namespace lagebild
