// Store::timeline: sentences with the dates they speak of, in date order.
#include <algorithm>
#include <set>
#include <tuple>

#include "store/query_util.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

// A dated sentence before its text is looked up.
struct Candidate {
  store::DateInterval days;
  std::string date;
  std::string basis;
  std::string expression;
  std::string document;  // article id
  int64_t doc = 0;
  int64_t sentence = -1;
};

// SQL condition: the sentence (doc, sentence) of table alias `t` mentions entity ?1 (or ?1 is '').
std::string mentions_entity_sql(const char* alias) {
  const std::string a = alias;
  return "(?1 = '' OR EXISTS (SELECT 1 FROM entities AS e WHERE e.entity_id = ?1 AND e.doc = " + a +
         ".doc AND e.sentence = " + a + ".sentence))";
}

}  // namespace

std::vector<TimelineEntry> Store::timeline(const TimelineQuery& query) const {
  const store::DateInterval range = store::range_interval(query.range);
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;

  std::vector<Candidate> found;
  std::set<std::tuple<int64_t, int64_t, std::string>> seen;  // (doc, sentence, date)
  // Row columns: doc, sentence, date, article id[, expression].
  auto add = [&](const store::Statement& row, const char* basis, std::string expression) {
    std::string date = row.column_text(2);
    std::optional<store::DateInterval> days = store::date_interval(date);
    if (!days || !days->overlaps(range)) return;
    const int64_t doc = row.column_int(0), sentence = row.column_int(1);
    if (!seen.emplace(doc, sentence, date).second) return;
    found.push_back(
        {*days, std::move(date), basis, std::move(expression), row.column_text(3), doc, sentence});
  };

  // Sentences with a resolved DATE expression.
  store::Statement timexes(db, "SELECT t.doc, t.sentence, t.value, d.id, " +
                                   store::text_slice_sql("t.start_byte", "t.end_byte") +
                                   " FROM timexes AS t JOIN documents AS d ON d.key = t.doc "
                                   "WHERE t.type = 'DATE' AND t.sentence >= 0 AND " +
                                   store::resolved_date_sql("t.value") + " AND " +
                                   mentions_entity_sql("t") + " ORDER BY t.doc, t.n");
  timexes.bind(1, query.entity);
  while (timexes.step()) {
    add(timexes, "timex", timexes.column_text(4));
  }
  // Sentences without one that hold events: the event's date, else the article's.
  store::Statement events(
      db, "SELECT ev.doc, ev.sentence, CASE WHEN " + store::resolved_date_sql("ev.date") +
              " THEN ev.date ELSE d.date_value END, d.id "
              "FROM events AS ev JOIN documents AS d ON d.key = ev.doc "
              "WHERE ev.sentence >= 0 AND " +
              mentions_entity_sql("ev") +
              " AND NOT EXISTS (SELECT 1 FROM timexes AS t WHERE t.doc = ev.doc AND "
              "t.sentence = ev.sentence AND t.type = 'DATE' AND " +
              store::resolved_date_sql("t.value") + ") ORDER BY ev.doc, ev.n");
  events.bind(1, query.entity);
  while (events.step()) {
    add(events, "event", "");
  }

  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.days.first, a.days.last, a.document, a.sentence) <
           std::tie(b.days.first, b.days.last, b.document, b.sentence);
  });
  store::apply_limit(found, query.limit);

  store::SentenceLookup lookup(db);
  std::vector<TimelineEntry> out;
  out.reserve(found.size());
  for (Candidate& c : found) {
    store::SentenceLookup::Result where = lookup(c.doc, c.sentence);
    TimelineEntry e;
    e.date = std::move(c.date);
    e.first = c.days.first;
    e.last = c.days.last;
    e.basis = c.basis;
    e.expression = std::move(c.expression);
    e.document = std::move(c.document);
    e.title = std::move(where.title);
    e.sentence = c.sentence;
    e.text = std::move(where.text);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace lagebild
