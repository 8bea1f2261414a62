// `lagebild show --db FILE [--json] ID`: one stored article, its entities marked in the text
// ([Selenskyj|PER per:wolodymyr_selenskyj]; in colour on a terminal), then its roles, time
// expressions, figures and events.
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <lagebild/store.h>

#include "cli/command.h"
#include "cli/query_output.h"
#include "core/date_origin.h"
#include "io/document_json.h"

namespace lagebild::cli {
namespace {

struct ShowArgs {
  std::string db;
  std::string id;
  bool json = false;
};

std::string describe_date(const DocumentDate& date) {
  if (date.value.empty() && date.origin == DocumentDate::Origin::kUnknown) return "unknown";
  std::string out =
      fmt::format("{} ({}", date.value.empty() ? "?" : date.value, date_origin_name(date.origin));
  if (!date.earliest.empty() || !date.latest.empty()) {
    out += fmt::format("; between {} and {}", date.earliest.empty() ? "?" : date.earliest,
                       date.latest.empty() ? "?" : date.latest);
  }
  if (date.origin == DocumentDate::Origin::kInferred) {
    out += fmt::format("; confidence {:.2f}", date.confidence);
  }
  return out + ")";
}

// PER, LOCderiv, ORGpart: GermEval's names for the flags.
std::string entity_label(const Entity& e) {
  return e.type + (e.derived ? "deriv" : "") + (e.part ? "part" : "");
}

const char* colour_of(const std::string& type) {
  if (type == "PER") return "\x1b[1;34m";
  if (type == "LOC") return "\x1b[1;32m";
  if (type == "ORG") return "\x1b[1;35m";
  return "\x1b[1;33m";
}

// The text with every entity marked. Entities are ordered by begin; one that starts inside the
// previous marked one (a nested mention) is left unmarked, so brackets never interleave.
std::string marked_text(const Document& doc, bool colour) {
  std::string out;
  uint32_t at = 0;
  for (const Entity& e : doc.entities) {
    if (e.begin < at || e.end > doc.text.size() || e.end <= e.begin) continue;
    out.append(doc.text, at, e.begin - at);
    std::string mark =
        fmt::format("[{}|{}{}]", doc.slice(e), entity_label(e), e.id.empty() ? "" : " " + e.id);
    out += colour ? colour_of(e.type) + mark + "\x1b[0m" : mark;
    at = e.end;
  }
  out.append(doc.text, at, std::string::npos);
  return out;
}

std::string quoted(const Document& doc, const Span& s) {
  return "„" + std::string(doc.slice(s)) + "“";
}

std::string section(const char* name, const TextTable& table) {
  if (table.rows() == 0) return "";
  return fmt::format("\n{} ({}):\n{}", name, table.rows(), table.render());
}

std::string layers_text(const Document& doc) {
  std::string out;
  TextTable roles({"text", "person", "office", "country", "organisation"});
  for (const Role& r : doc.roles) {
    roles.add({quoted(doc, r), r.person, r.office, r.country, r.organisation});
  }
  out += section("roles", roles);
  TextTable timexes({"text", "type", "value", "mod", "anchor"});
  for (const Timex& t : doc.timexes) {
    timexes.add({quoted(doc, t), t.type, t.value, t.mod, t.anchor});
  }
  out += section("time expressions", timexes);
  TextTable quantities({"text", "value", "approx", "unit", "counted", "source"});
  for (const Quantity& q : doc.quantities) {
    std::string value = fmt::format("{}", q.value);
    if (q.upper) value += fmt::format("–{}", *q.upper);
    quantities.add({quoted(doc, q), value, q.approx, q.unit, q.counted, q.source});
  }
  out += section("figures", quantities);
  TextTable events(
      {"trigger", "type", "mode", "source", "target", "date", "place", "attributed to", "flags"});
  for (const Event& e : doc.events) {
    std::string flags = e.negated ? "negated" : "";
    if (!e.aux.empty()) flags += (flags.empty() ? "" : ", ") + e.aux;
    events.add({quoted(doc, e), e.type, e.mode, e.source, e.target, e.date, e.place,
                e.attributed_to, flags});
  }
  out += section("events", events);
  return out;
}

int run_show(const ShowArgs& args) {
  std::unique_ptr<Store> store = open_store_for_reading(args.db);
  std::optional<Document> doc = store->get(args.id);
  if (!doc) {
    std::fprintf(stderr, "lagebild: %s: no article with id \"%s\"\n", args.db.c_str(),
                 args.id.c_str());
    return kExitInputRejected;
  }
  std::string out;
  if (args.json) {
    io::append_document_json(*doc, io::DocumentJsonOptions{}, out);
  } else {
    out += fmt::format("id:        {}\n", doc->id);
    if (doc->title) out += fmt::format("title:     {}\n", *doc->title);
    out += fmt::format("date:      {}\n", describe_date(doc->date));
    for (const DateEvidence& e : doc->date.evidence) {
      out += fmt::format("           evidence: \"{}\" ({})\n", doc->slice(e), e.why);
    }
    for (const auto& [key, value] : doc->metadata) {
      out += fmt::format("{:<10} {}\n", key + ":", value);
    }
    if (!doc->origin_path.empty()) {
      out += fmt::format("read from: {}{}\n", doc->origin_path,
                         doc->origin_line > 0 ? fmt::format(":{}", doc->origin_line) : "");
    }
    out += fmt::format("sentences: {}, entities: {}\n\n{}\n", doc->sentences.size(),
                       doc->entities.size(), marked_text(*doc, colour_on_stdout()));
    out += layers_text(*doc);
  }
  print(out);
  return kExitOk;
}

CommandRun setup_show(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  add_db_option(app, args->db);
  app.add_option("id", args->id, "The article id")->required();
  app.add_flag("--json", args->json,
               "The article with every layer as JSON, in the format of `lagebild analyze`");
  return [args] { return run_show(*args); };
}

}  // namespace

LAGEBILD_COMMAND("show", "Print one stored article with its entities, dates, figures and events",
                 setup_show);

}  // namespace lagebild::cli
