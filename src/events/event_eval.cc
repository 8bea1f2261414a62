#include "events/event_eval.h"

#include <nlohmann/json.hpp>

#include "claims/gold_lines.h"
#include "lagebild/error.h"

namespace lagebild::events {
namespace {

std::string describe(const Event& e, const std::string& text) {
  return "'" + text.substr(e.begin, e.end - e.begin) + "' " + e.type + " mode=" + e.mode +
         " source=" + e.source + " target=" + e.target + " place=" + e.place + " date=" + e.date +
         (e.negated ? " negated" : "") + " aux=" + e.aux;
}

}  // namespace

std::vector<GoldItem> read_event_gold(const std::string& path) {
  std::vector<GoldItem> items;
  claims::for_each_gold_line(path, [&](const nlohmann::json& j, const std::string& where) {
    GoldItem item;
    item.id = claims::gold_string(j, "id");
    item.date = claims::gold_string(j, "date");
    item.text = claims::gold_string(j, "text");
    if (item.id.empty() || item.text.empty()) {
      throw Error(Error::Code::kInvalidData, where, "an item needs an id and a text");
    }
    for (const auto& je : j.at("events")) {
      GoldEvent g;
      g.trigger = claims::gold_string(je, "trigger");
      static_cast<Span&>(g) =
          claims::gold_span(item.text, g.trigger, je.value("occurrence", 1), where, "trigger");
      g.type = claims::gold_string(je, "type");
      if (g.type.empty()) throw Error(Error::Code::kInvalidData, where, "an event needs a type");
      g.mode = claims::gold_string(je, "mode");
      g.source = claims::gold_string(je, "source");
      g.target = claims::gold_string(je, "target");
      g.place = claims::gold_string(je, "place");
      g.date = claims::gold_string(je, "date");
      g.aux = claims::gold_string(je, "aux");
      g.negated = je.value("negated", false);
      item.events.push_back(std::move(g));
    }
    items.push_back(std::move(item));
  });
  return items;
}

EventScores score_events(const std::vector<GoldItem>& gold,
                         const std::function<void(Document&)>& analyze,
                         std::vector<std::string>* report) {
  EventScores s;
  for (const auto& item : gold) {
    Document doc;
    doc.id = item.id;
    doc.text = item.text;
    if (!item.date.empty()) {
      doc.date.value = item.date;
      doc.date.origin = DocumentDate::Origin::kGiven;
    }
    analyze(doc);
    ++s.items;
    s.gold += item.events.size();
    s.predicted += doc.events.size();
    std::vector<bool> used(doc.events.size(), false);
    for (const auto& g : item.events) {
      size_t found = doc.events.size();
      for (size_t k = 0; k < doc.events.size(); ++k) {
        if (!used[k] && doc.events[k].type == g.type && doc.events[k].overlaps(g)) {
          found = k;
          break;
        }
      }
      if (found == doc.events.size()) {
        if (report) report->push_back(item.id + " missed: '" + g.trigger + "' " + g.type);
        continue;
      }
      used[found] = true;
      ++s.matched;
      const Event& p = doc.events[found];
      auto check = [&](const std::string& name, const std::string& want, const std::string& got,
                       size_t& ok) {
        if (want == got) {
          ++ok;
        } else if (report) {
          report->push_back(item.id + " " + name + ": '" + g.trigger + "' want '" + want +
                            "' got '" + got + "'");
        }
      };
      check("source", g.source, p.source, s.source_ok);
      check("target", g.target, p.target, s.target_ok);
      check("mode", g.mode, p.mode, s.mode_ok);
      check("date", g.date, p.date, s.date_ok);
      check("place", g.place, p.place, s.place_ok);
      check("aux", g.aux, p.aux, s.aux_ok);
      check("negated", g.negated ? "true" : "false", p.negated ? "true" : "false", s.negated_ok);
    }
    for (size_t k = 0; k < doc.events.size(); ++k) {
      if (!used[k] && report)
        report->push_back(item.id + " spurious: " + describe(doc.events[k], doc.text));
    }
  }
  return s;
}

}  // namespace lagebild::events
