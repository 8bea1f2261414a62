// `lagebild kb ...`: the knowledge base from the command line.
//   kb check             load and validate every table of data/kb/, print their sizes
//   kb lookup NAME       the entities a name may stand for, their offices, a title or adjective
//   kb resolve PATH...   gazetteer-only resolution of articles (no tagger): entities and roles
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include <lagebild/kb.h>
#include <lagebild/reader.h>

#include "cli/command.h"
#include "core/paths.h"

namespace lagebild::cli {
namespace {

std::string_view kind_name(EntityKind k) {
  switch (k) {
    case EntityKind::kPerson:
      return "person";
    case EntityKind::kOrganisation:
      return "organisation";
    case EntityKind::kCountry:
      return "country";
    case EntityKind::kPlace:
      return "place";
  }
  return "?";
}

struct KbArgs {
  std::string dir = data_path("kb");
  std::string name;
  std::string date;
  std::vector<std::string> paths;
};

CommandRun setup_check(CLI::App& app) {
  auto a = std::make_shared<KbArgs>();
  app.add_option("--kb", a->dir, "Knowledge-base directory")->capture_default_str();
  return [a] {
    const auto kb = KnowledgeBase::load(a->dir);
    const auto s = kb->stats();
    nlohmann::json j = {{"dir", a->dir},
                        {"persons", s.persons},
                        {"organisations", s.organisations},
                        {"countries", s.countries},
                        {"places", s.places},
                        {"variants", s.variants},
                        {"offices", s.offices},
                        {"titles", s.titles},
                        {"adjectives", s.adjectives}};
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  };
}

nlohmann::json term_json(const OfficeTerm& t) {
  return {
      {"person", t.person}, {"office", t.office}, {"of", t.of}, {"start", t.start}, {"end", t.end}};
}

CommandRun setup_lookup(CLI::App& app) {
  auto a = std::make_shared<KbArgs>();
  app.add_option("--kb", a->dir, "Knowledge-base directory")->capture_default_str();
  app.add_option("--date", a->date, "Date for offices and titles: YYYY-MM or YYYY-MM-DD");
  app.add_option("NAME", a->name, "A name, title or adjective")->required();
  return [a] {
    const auto kb = KnowledgeBase::load(a->dir);
    nlohmann::json j = {{"query", a->name}, {"key", normalise_name(a->name)}};
    nlohmann::json cands = nlohmann::json::array();
    for (const KbEntity* e : kb->lookup(a->name)) {
      nlohmann::json c = {{"id", e->id},
                          {"name", e->name},
                          {"kind", kind_name(e->kind)},
                          {"country", e->country},
                          {"subkind", e->subkind}};
      if (e->lat) c["lat"] = *e->lat, c["lon"] = *e->lon;
      nlohmann::json offices = nlohmann::json::array();
      for (const OfficeTerm& t : kb->offices_of(e->id)) offices.push_back(term_json(t));
      if (!offices.empty()) c["offices"] = offices;
      cands.push_back(c);
    }
    j["candidates"] = cands;
    nlohmann::json surname = nlohmann::json::array();
    for (const KbEntity* e : kb->persons_with_surname(a->name)) surname.push_back(e->id);
    if (!surname.empty()) j["surname_of"] = surname;
    if (const KbEntity* c = kb->country_for_adjective(a->name)) j["adjective_of"] = c->id;
    if (auto t = kb->title(a->name)) {
      j["title"] = {{"office", t->office}, {"of", t->of}};
      if (!t->of.empty()) {
        if (auto h = kb->office_holder(t->office, t->of, a->date))
          j["title"]["holder"] = term_json(*h);
      }
    }
    std::cout << j.dump(2) << "\n";
    return j["candidates"].empty() && !j.contains("title") && !j.contains("adjective_of") &&
                   !j.contains("surname_of")
               ? kExitInputRejected
               : kExitOk;
  };
}

CommandRun setup_resolve(CLI::App& app) {
  auto a = std::make_shared<KbArgs>();
  app.add_option("--kb", a->dir, "Knowledge-base directory")->capture_default_str();
  app.add_option("--date", a->date, "Article date when the input gives none");
  app.add_option("PATH", a->paths, "Article files or directories")->required();
  return [a] {
    const auto kb = KnowledgeBase::load(a->dir);
    ArticleReader reader(a->paths);
    Document doc;
    std::vector<ReadIssue> issues;
    while (reader.next(doc, issues)) {
      if (doc.date.value.empty()) doc.date.value = a->date;
      resolve_entities(doc, *kb);
      nlohmann::json ents = nlohmann::json::array(), roles = nlohmann::json::array();
      for (const Entity& e : doc.entities) {
        ents.push_back({{"begin", e.begin},
                        {"end", e.end},
                        {"text", doc.slice(e)},
                        {"type", e.type},
                        {"part", e.part},
                        {"id", e.id},
                        {"name", e.name}});
      }
      for (const Role& r : doc.roles) {
        roles.push_back({{"begin", r.begin},
                         {"end", r.end},
                         {"text", doc.slice(r)},
                         {"person", r.person},
                         {"office", r.office},
                         {"country", r.country}});
      }
      nlohmann::json j = {
          {"id", doc.id}, {"date", doc.date.value}, {"entities", ents}, {"roles", roles}};
      std::cout << j.dump() << "\n";
      doc = Document();
    }
    for (const auto& issue : issues) std::cerr << format_issue(issue) << "\n";
    return kExitOk;
  };
}

}  // namespace

LAGEBILD_COMMAND("kb check", "Load and validate the knowledge base, print its size", setup_check);
LAGEBILD_COMMAND("kb lookup", "Look a name, title or adjective up in the knowledge base",
                 setup_lookup);
LAGEBILD_COMMAND("kb resolve",
                 "Resolve articles with the knowledge base alone (gazetteer, no tagger); "
                 "byte offsets",
                 setup_resolve);

}  // namespace lagebild::cli
