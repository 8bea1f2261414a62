#include "time/event_anchors.h"

#include <fstream>

#include "lagebild/error.h"
#include "time/calendar.h"
#include "time/timex_scanner.h"

namespace lagebild::timex {
namespace {

std::vector<WordPattern> patterns(const std::string& list) {
  std::vector<WordPattern> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string w =
        list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!w.empty() && w.front() == ' ') w.erase(w.begin());
    while (!w.empty() && w.back() == ' ') w.pop_back();
    if (!w.empty()) {
      WordPattern p;
      p.prefix = w.back() == '*';
      if (p.prefix) w.pop_back();
      lower_german(w);
      p.text = w;
      out.push_back(p);
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

bool any(const std::vector<WordPattern>& ps, std::string_view word) {
  for (const auto& p : ps) {
    if (p.matches(word)) return true;
  }
  return false;
}

}  // namespace

EventTable EventTable::load(const std::string& path, bool required) {
  EventTable table;
  std::ifstream in(path);
  if (!in) {
    if (required) throw Error(Error::Code::kNotFound, path, "cannot read events table");
    return table;
  }
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(line_no);
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        cols.push_back(line.substr(start, i - start));
        start = i + 1;
      }
    }
    if (cols.size() != 5) {
      throw Error(Error::Code::kInvalidData, where,
                  "expected DATE<TAB>NAME<TAB>TRIGGERS<TAB>CONTEXT<TAB>SOURCE, got " +
                      std::to_string(cols.size()) + " columns");
    }
    DatedEvent e;
    PartialDate p;
    if (!parse_date_value(cols[0], p) || !p.has_month() || format_date(p) != cols[0]) {
      throw Error(Error::Code::kInvalidData, where, "bad date '" + cols[0] + "' (YYYY-MM[-DD])");
    }
    e.date = cols[0];
    e.name = cols[1];
    e.triggers = patterns(cols[2]);
    e.context = patterns(cols[3]);
    e.source = cols[4];
    if (e.triggers.empty()) throw Error(Error::Code::kInvalidData, where, "no trigger words");
    if (e.source.empty()) throw Error(Error::Code::kInvalidData, where, "no source note");
    table.events.push_back(std::move(e));
  }
  return table;
}

const DatedEvent* EventTable::find_by_date(std::string_view date) const {
  for (const auto& e : events) {
    if (e.date == date) return &e;
  }
  return nullptr;
}

void anchor_durations(const EventTable& table, const Scan& scan, Document& doc, size_t first,
                      int window) {
  const auto& toks = scan.toks;
  auto token_at = [&](uint32_t byte) {
    size_t lo = 0, hi = toks.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (toks[mid].begin < byte) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  // Context words anywhere in the article, computed once on demand.
  std::vector<int> in_article;
  auto article_has = [&](size_t event) {
    if (in_article.empty()) {
      in_article.assign(table.events.size(), 0);
      for (const Tok& t : toks) {
        if (t.kind != TokKind::kWord) continue;
        std::string_view w = scan.low(t);
        for (size_t k = 0; k < table.events.size(); ++k) {
          if (!in_article[k] && any(table.events[k].context, w)) in_article[k] = 1;
        }
      }
    }
    return in_article[event] != 0;
  };
  for (size_t ti = first; ti < doc.timexes.size(); ++ti) {
    Timex& t = doc.timexes[ti];
    if (t.type != "DURATION" || t.value.find('X') != std::string::npos) continue;
    size_t b = token_at(t.begin), e = token_at(t.end);
    if (b >= toks.size()) continue;
    // "seit 14 Monaten", "nach zweieinhalb Jahren Krieg", "seit ... andauernden": since-readings.
    bool since = false;
    for (size_t back = 1; back <= 2 && b >= back; ++back) {
      std::string_view w = scan.low(toks[b - back]);
      if (w == "seit" || w == "nach" || w == "mittlerweile" || w == "inzwischen") since = true;
    }
    for (size_t k = e; k < toks.size() && k < e + 3; ++k) {
      std::string_view w = scan.low(toks[k]);
      for (const char* stem : {"andauern", "dauern", "währen", "anhaltend", "tobend", "laufend"}) {
        if (w.substr(0, std::char_traits<char>::length(stem)) == stem) since = true;
      }
      if (w == "krieg" || w == "krieges" || w == "kriegs") since = since || b > 0;
    }
    if (!since) continue;
    const uint32_t sentence = toks[b].sentence;
    size_t lo = b > static_cast<size_t>(window) ? b - window : 0;
    size_t hi = std::min(toks.size(), e + window);
    int best = -1, best_score = 0;
    for (size_t k = 0; k < table.events.size(); ++k) {
      const DatedEvent& ev = table.events[k];
      bool trigger = false, context_near = ev.context.empty();
      for (size_t w = lo; w < hi; ++w) {
        if (toks[w].sentence != sentence || (w >= b && w < e)) continue;
        if (any(ev.triggers, scan.low(toks[w]))) trigger = true;
      }
      if (!trigger) continue;
      // Context in the same sentence counts more than context elsewhere in the article.
      size_t sb = b, se = e;
      while (sb > 0 && toks[sb - 1].sentence == sentence) --sb;
      while (se < toks.size() && toks[se].sentence == sentence) ++se;
      for (size_t w = sb; w < se && !context_near; ++w) {
        if (any(ev.context, scan.low(toks[w]))) context_near = true;
      }
      int score = context_near ? 2 : article_has(k) ? 1 : 0;
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(k);
      }
    }
    if (best >= 0) t.anchor = table.events[best].date;
  }
}

}  // namespace lagebild::timex
