// lagebild — the knowledge base of actors and places, and entity resolution.
//
// The knowledge base (KB) is a set of readable TSV files in data/kb/ (see data/kb/README.md):
// persons with their offices and dates, organisations, countries with their adjectives and
// demonyms, regions, cities with coordinates, German office titles, and the name variants of
// all of them in German, English, Ukrainian and Russian spelling. `KnowledgeBase::load` reads
// them once into an immutable object that any number of threads may query at the same time.
//
// Identity. Every entity has a stable id: `per:antony_blinken`, `org:nato`, `cty:UKR` (ISO
// 3166-1 alpha-3), `geo:703448` (a GeoNames id) or `loc:oblast_donetsk` (a hand-curated region).
// A mention the KB does not know gets a deterministic id built from its name key instead
// (`per:john_hinkel`), so the same unknown person still carries one id across articles and runs.
//
// Name keys. `normalise_name` folds a name to the key used for matching: case, diacritics,
// Cyrillic script (ICU "Cyrillic-Latin"), and the differences between German and English
// transliteration of Ukrainian and Russian names (Selenskyj/Zelenskyy, Kyjiw/Kyiv,
// Charkiw/Kharkiv, Sybiga/Sybiha, Schoigu/Shoigu). Two spellings of one name get one key.
#ifndef LAGEBILD_KB_H_
#define LAGEBILD_KB_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <lagebild/document.h>

namespace lagebild {

// The matching key of a name: lower case, ASCII, words separated by single spaces, with
// transliteration variants folded ("Wolodymyr Selenskyj" and "Volodymyr Zelenskyy" both give
// "volodimir selenski"). Idempotent: normalise_name(normalise_name(x)) == normalise_name(x).
// It does not strip German genitive endings; KnowledgeBase::lookup does that, because only the
// KB can tell "Putins" (genitive of Putin) from "Paris" (a name ending in s).
std::string normalise_name(std::string_view name);

enum class EntityKind : uint8_t {
  kPerson,
  kOrganisation,
  kCountry,
  kPlace,  // a city, region, sea, river ... (GeoNames or hand-curated)
};

// "PER", "ORG" or "LOC": the NER type an entity of this kind is tagged with.
std::string_view ner_type(EntityKind kind);

struct KbEntity {
  std::string id;    // per:..., org:..., cty:XXX, geo:N, loc:...
  std::string name;  // canonical name, in German spelling
  EntityKind kind = EntityKind::kPlace;
  std::string country;  // ISO 3166-1 alpha-3 (nationality, seat, location); may be empty
  std::string subkind;  // organisations: news_agency, ministry, ...; places: city, oblast, sea ...
  std::optional<double> lat, lon;  // places and countries (a country: its capital)
  uint64_t population = 0;         // GeoNames places only
};

// One term of one office: "per:antony_blinken was foreign_minister of USA 2021-01-26..2025-01-20".
struct OfficeTerm {
  std::string person;  // person id
  std::string office;  // normalised office key: president, foreign_minister, secretary_general ...
  std::string of;      // ISO 3166-1 alpha-3 country, or an organisation/place id (org:nato)
  std::string start;   // YYYY, YYYY-MM or YYYY-MM-DD
  std::string end;     // same formats; empty while the term is ongoing
};

// What a German title phrase names: "US-Außenminister" -> {foreign_minister, USA}.
struct OfficeTitle {
  std::string office;  // office key; "leader" stands for whoever rules (Machthaber, Staatschef)
  std::string of;      // country or organisation the title itself names; empty if it needs context
};

class KnowledgeBase {
 public:
  // Loads every table in `dir` (normally data_path("kb")). Throws lagebild::Error naming
  // "file:line" for a malformed line, an unknown column layout, a duplicate id or a reference to
  // an id that no table defines.
  static std::shared_ptr<const KnowledgeBase> load(const std::string& dir);

  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  // The entity with this id, or nullptr.
  const KbEntity* entity(std::string_view id) const;

  // Entities one of whose names or variants has the key of `name`, best first: countries,
  // then persons and organisations, then curated places, then GeoNames places by population.
  // A German genitive is tried when the name itself is unknown ("Selenskyjs", "Nordkoreas",
  // "Kallas'"). Empty when nothing matches.
  std::vector<const KbEntity*> lookup(std::string_view name) const;

  // Persons whose surname (last word of the canonical name or of a multi-word variant) has the
  // key of `surname`.
  std::vector<const KbEntity*> persons_with_surname(std::string_view surname) const;

  // The holder of `office` of `of` on `date` ("YYYY-MM-DD"; "YYYY-MM" means the 15th, "YYYY"
  // July 1st). When several terms cover the day, the one that began last wins. An empty date
  // answers only when a single person has held the office since 2014-01-01 (the KB's horizon):
  // "Kremlchef" is then Putin, but "Nato-Generalsekretär" stays unresolved.
  std::optional<OfficeTerm> office_holder(std::string_view office, std::string_view of,
                                          std::string_view date) const;

  // Every office term of one person, oldest first.
  std::vector<OfficeTerm> offices_of(std::string_view person) const;

  // The country an adjective or demonym stands for, in any inflection: "ukrainischen",
  // "nordkoreanische", "US-amerikanischen", "Russen", "Ukrainerinnen" -> the country entity.
  const KbEntity* country_for_adjective(std::string_view word) const;

  // The office a German title word names, in any inflection: "Außenministerin",
  // "Nato-Generalsekretärs", "Kremlchef", "US-Präsidenten". Compounds "X-Title" take X as the
  // country or organisation (US, EU, Nato, UN). Titles marked former (Ex-Präsident) give nothing.
  std::optional<OfficeTitle> title(std::string_view word) const;

  // Coordinates of a place or country (a country's are its capital's).
  std::optional<std::pair<double, double>> coordinates(std::string_view id) const;

  struct Stats {
    size_t persons = 0, organisations = 0, countries = 0, places = 0;
    size_t variants = 0;  // name variants of all kinds, canonical names not counted
    size_t offices = 0, titles = 0, adjectives = 0;
  };
  Stats stats() const;

  struct Impl;  // defined in src/kb/kb_impl.h; the resolver reads the indexes directly
  const Impl& impl() const { return *impl_; }

 private:
  explicit KnowledgeBase(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Resolution stage.

struct ResolveOptions {
  // Find KB names the tagger missed: multi-word person names, organisations, countries,
  // curated places, agency tags in parentheses "(dpa)". Off for evaluating the tagger alone.
  bool gazetteer = true;
  // Link a lone surname ("Blinken") to a KB person when the article names no one else of that
  // surname and the KB knows exactly one such person (or one holding an office at the date).
  bool link_surnames_to_kb = true;
  // Fill Document::roles from title phrases next to persons and from bare titles.
  bool roles = true;
};

// Fills `id` and `name` of every entry of doc.entities (spans from the NER tagger: type
// PER/LOC/ORG/MISC with derived/part flags), adds gazetteer entities that overlap none of
// them, keeps doc.entities ordered by begin, and fills doc.roles. Uses doc.date.value
// ("YYYY-MM" or "YYYY-MM-DD", may be empty) to date offices. Thread-safe for distinct docs.
//
// Roles: a title before a person ("US-Außenminister Antony Blinken", "der ukrainische
// Außenminister Andrij Sybiha") gives a role spanning title and name; its country comes from the
// title ("US-", "Kremlchef"), an adjective before it ("ukrainische"), the person's KB office with
// that key, or the title's default ("Kanzler" -> DEU), in that order. A bare title ("der
// Kremlchef", "der Nato-Generalsekretär") gives a role for the holder of that office at the
// article's date (see office_holder for an unknown date); former/future titles ("der frühere
// Präsident", "Ex-Kanzler") are skipped. Role::country holds an organisation id (org:nato) for
// offices of organisations.
void resolve_entities(Document& doc, const KnowledgeBase& kb, const ResolveOptions& options = {});

}  // namespace lagebild

#endif  // LAGEBILD_KB_H_
