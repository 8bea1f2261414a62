// Store::events: PLOVER events filtered by type, actor and date.
#include <algorithm>
#include <map>
#include <tuple>

#include "store/layer_rows.h"
#include "store/query_util.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

// Canonical names of entity ids, as stored with their mentions; remembered per query.
class EntityNames {
 public:
  explicit EntityNames(store::Connection& db)
      : lookup_(db, "SELECT name FROM entities WHERE entity_id = ?1 AND name != '' LIMIT 1") {}
  const std::string& operator()(const std::string& id) {
    auto [it, fresh] = names_.try_emplace(id);
    if (fresh && !id.empty()) {
      lookup_.bind(1, id);
      if (lookup_.step()) it->second = lookup_.column_text(0);
      lookup_.reset();
    }
    return it->second;
  }

 private:
  store::Statement lookup_;
  std::map<std::string, std::string> names_;
};

struct Found {
  StoredEvent event;
  std::optional<store::DateInterval> days;
  int64_t doc = 0;
  int64_t n = 0;
};

}  // namespace

std::vector<StoredEvent> Store::events(const EventQuery& query) const {
  const store::DateInterval range = store::range_interval(query.range);
  const bool dated_only = !query.range.from.empty() || !query.range.to.empty();
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;

  // Conditions only for the filters given, so that SQLite can use the type and actor indexes.
  std::string where = "1";
  if (!query.type.empty()) where += " AND ev.type = ?1";
  if (!query.actor.empty()) where += " AND (ev.source = ?2 OR ev.target = ?2)";
  store::Statement rows(
      db,
      "SELECT ev.doc, ev.n, ev.sentence, ev.start_byte, ev.end_byte, ev.type, ev.mode, "
      "ev.source, ev.target, ev.date, ev.place, ev.attributed_to, ev.negated, ev.aux, d.id, "
      "d.date_value, " +
          store::text_slice_sql("ev.start_byte", "ev.end_byte") +
          " FROM events AS ev JOIN documents AS d ON d.key = ev.doc WHERE " + where);
  if (!query.type.empty()) rows.bind(1, query.type);
  if (!query.actor.empty()) rows.bind(2, query.actor);

  std::vector<Found> found;
  while (rows.step()) {
    Found f;
    f.doc = rows.column_int(0);
    f.n = rows.column_int(1);
    StoredEvent& s = f.event;
    s.sentence = rows.column_int(2);
    Event& e = s.event;
    e.begin = static_cast<uint32_t>(rows.column_int(3));
    e.end = static_cast<uint32_t>(rows.column_int(4));
    store::read_event_columns(rows, 5, e);
    s.document = rows.column_text(14);
    s.trigger = rows.column_text(16);
    // The event's own date when it resolves, else the article's.
    f.days = store::date_interval(e.date);
    s.date = f.days ? e.date : rows.column_text(15);
    if (!f.days) f.days = store::date_interval(s.date);
    if (!f.days) s.date.clear();
    if (f.days ? !f.days->overlaps(range) : dated_only) continue;
    found.push_back(std::move(f));
  }

  // Dated events first, by their days; undated ones after; then article id and position.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    const bool ua = !a.days, ub = !b.days;
    static const store::DateInterval none;
    const store::DateInterval& da = a.days ? *a.days : none;
    const store::DateInterval& dbi = b.days ? *b.days : none;
    return std::tie(ua, da.first, da.last, a.event.document, a.n) <
           std::tie(ub, dbi.first, dbi.last, b.event.document, b.n);
  });
  store::apply_limit(found, query.limit);

  store::SentenceLookup lookup(db);
  EntityNames names(db);
  std::vector<StoredEvent> out;
  out.reserve(found.size());
  for (Found& f : found) {
    StoredEvent& s = f.event;
    store::SentenceLookup::Result where_found = lookup(f.doc, s.sentence);
    s.title = std::move(where_found.title);
    s.text = std::move(where_found.text);
    s.source_name = names(s.event.source);
    s.target_name = names(s.event.target);
    s.place_name = names(s.event.place);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace lagebild
