// `lagebild events --db FILE [--type T] [--actor ID] [--from D] [--to D]
//                  [--format table|jsonl|csv|geojson]`: stored PLOVER events, in date order.
//
// csv follows RFC 4180 (a header line, CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled). geojson is one FeatureCollection of Point features,
// coordinates [lon, lat] of the event's place from the knowledge base, the event's fields as
// properties; events without a geocoded place have no point and are left out (counted on
// stderr).
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <lagebild/kb.h>

#include "cli/command.h"
#include "cli/query_output.h"
#include "core/paths.h"

namespace lagebild::cli {
namespace {

struct EventsArgs {
  std::string db;
  EventQuery query;
  std::string format = "table";
  bool json = false;
};

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

using Coordinates = std::optional<std::pair<double, double>>;  // lat, lon

// The event as a flat JSON object: the record of jsonl and the properties of geojson.
nlohmann::json event_json(const StoredEvent& s) {
  const Event& e = s.event;
  return {{"date", string_or_null(s.date)},
          {"type", e.type},
          {"mode", string_or_null(e.mode)},
          {"source", string_or_null(e.source)},
          {"source_name", string_or_null(s.source_name)},
          {"target", string_or_null(e.target)},
          {"target_name", string_or_null(s.target_name)},
          {"place", string_or_null(e.place)},
          {"place_name", string_or_null(s.place_name)},
          {"attributed_to", string_or_null(e.attributed_to)},
          {"negated", e.negated},
          {"aux", string_or_null(e.aux)},
          {"trigger", s.trigger},
          {"event_date", string_or_null(e.date)},
          {"id", s.document},
          {"title", s.title ? nlohmann::json(*s.title) : nlohmann::json()},
          {"sentence", s.sentence},
          {"text", s.text}};
}

// One RFC 4180 field.
std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

std::string coordinate(double v) {
  return fmt::format("{:.5f}", v);
}

std::string events_csv(const std::vector<StoredEvent>& events, const KnowledgeBase& kb) {
  std::string out = csv_row({"date", "type", "mode", "source", "source_name", "target",
                             "target_name", "place", "place_name", "lon", "lat", "attributed_to",
                             "negated", "aux", "trigger", "event_date", "id", "sentence", "text"});
  for (const StoredEvent& s : events) {
    const Event& e = s.event;
    const Coordinates at = e.place.empty() ? std::nullopt : kb.coordinates(e.place);
    out += csv_row({s.date, e.type, e.mode, e.source, s.source_name, e.target, s.target_name,
                    e.place, s.place_name, at ? coordinate(at->second) : "",
                    at ? coordinate(at->first) : "", e.attributed_to, e.negated ? "true" : "false",
                    e.aux, s.trigger, e.date, s.document, std::to_string(s.sentence), s.text});
  }
  return out;
}

std::string events_geojson(const std::vector<StoredEvent>& events, const KnowledgeBase& kb,
                           size_t& left_out) {
  nlohmann::json features = nlohmann::json::array();
  left_out = 0;
  for (const StoredEvent& s : events) {
    const Coordinates at = s.event.place.empty() ? std::nullopt : kb.coordinates(s.event.place);
    if (!at) {
      ++left_out;
      continue;
    }
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {at->second, at->first}}}},
                        {"properties", event_json(s)}});
  }
  nlohmann::json collection = {{"type", "FeatureCollection"}, {"features", features}};
  return collection.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string actor_text(const std::string& id, const std::string& name) {
  if (id.empty()) return "?";
  return name.empty() ? id : name + " (" + id + ")";
}

std::string events_table(const std::vector<StoredEvent>& events) {
  TextTable table({"date", "type", "source", "target", "place", "trigger", "article", "sentence"});
  for (const StoredEvent& s : events) {
    const Event& e = s.event;
    std::string type = e.type + (e.mode.empty() ? "" : "/" + e.mode);
    if (e.negated) type += " (negated)";
    if (!e.aux.empty()) type += " (" + e.aux + ")";
    table.add({s.date.empty() ? "?" : s.date, type, actor_text(e.source, s.source_name),
               actor_text(e.target, s.target_name),
               e.place.empty() ? "" : actor_text(e.place, s.place_name), "„" + s.trigger + "“",
               s.document + " #" + std::to_string(s.sentence), s.text});
  }
  return table.render();
}

int run_events(const EventsArgs& args) {
  std::unique_ptr<Store> store = open_store_for_reading(args.db);
  EventQuery query = args.query;
  for (char& c : query.type) c = ascii_upper(c);  // PLOVER types are upper case
  const std::vector<StoredEvent> events = store->events(query);
  const std::string format = args.json ? "jsonl" : args.format;
  std::string out;
  if (format == "jsonl") {
    for (const StoredEvent& s : events) out += json_line(event_json(s));
  } else if (format == "csv" || format == "geojson") {
    const auto kb = KnowledgeBase::load(data_path("kb"));  // the places' coordinates
    if (format == "csv") {
      out = events_csv(events, *kb);
    } else {
      size_t left_out = 0;
      out = events_geojson(events, *kb, left_out);
      if (left_out > 0) {
        std::fprintf(stderr, "%zu of %zu events have no geocoded place and are left out\n",
                     left_out, events.size());
      }
    }
  } else if (!events.empty()) {
    out = events_table(events);
  }
  print(out);
  if (events.empty() && format == "table") std::fprintf(stderr, "no events found\n");
  return kExitOk;
}

CommandRun setup_events(CLI::App& app) {
  auto args = std::make_shared<EventsArgs>();
  add_db_option(app, args->db);
  app.add_option("--type", args->query.type, "Only this PLOVER type (ASSAULT, CONSULT ...)");
  app.add_option("--actor", args->query.actor,
                 "Only events with this entity id as source or target");
  add_date_range_options(app, args->query.range);
  app.add_option("--limit,-n", args->query.limit, "At most this many events (default: all)");
  app.add_option("--format", args->format,
                 "table (default), jsonl, csv (RFC 4180) or geojson (a FeatureCollection)")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "geojson"}));
  app.add_flag("--json", args->json, "Same as --format jsonl");
  return [args] { return run_events(*args); };
}

}  // namespace

LAGEBILD_COMMAND("events", "Stored events (who did what to whom, where, when) and their exports",
                 setup_events);

}  // namespace lagebild::cli
