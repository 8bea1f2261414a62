#include "store/layer_rows.h"

#include <algorithm>

namespace lagebild::store {
namespace {

int64_t as_int(uint32_t v) {
  return static_cast<int64_t>(v);
}

uint32_t as_offset(const Statement& row, int column) {
  return static_cast<uint32_t>(row.column_int(column));
}

// Binds the columns every layer row starts with: doc, n, sentence, start_byte, end_byte.
void bind_head(Statement& insert, int64_t key, size_t n, const Document& doc, const Span& span) {
  insert.bind(1, key)
      .bind(2, static_cast<int64_t>(n))
      .bind(3, sentence_of(doc.sentences, span.begin))
      .bind(4, as_int(span.begin))
      .bind(5, as_int(span.end));
}

// Reads `SELECT start_byte, end_byte, ... FROM table WHERE doc = ?1 ORDER BY n` and hands each
// row, with its span filled in, to `fill(row, item)`.
template <typename Item, typename Fill>
void read_layer(Connection& connection, const char* sql, int64_t key, std::vector<Item>& out,
                Fill fill) {
  Statement row(connection, sql);
  row.bind(1, key);
  while (row.step()) {
    Item item;
    item.begin = as_offset(row, 0);
    item.end = as_offset(row, 1);
    fill(row, item);
    out.push_back(std::move(item));
  }
}

}  // namespace

int64_t sentence_of(const std::vector<Sentence>& sentences, uint32_t begin) {
  // The last sentence starting at or before `begin`, if it reaches past it.
  auto it = std::upper_bound(sentences.begin(), sentences.end(), begin,
                             [](uint32_t b, const Sentence& s) { return b < s.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return begin < it->end ? it - sentences.begin() : -1;
}

struct LayerWriter::Statements {
  explicit Statements(Connection& c)
      : entity(c,
               "INSERT INTO entities (doc, n, sentence, start_byte, end_byte, type, derived, part, "
               "entity_id, name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        role(c,
             "INSERT INTO roles (doc, n, sentence, start_byte, end_byte, person, office, country, "
             "organisation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        timex(c,
              "INSERT INTO timexes (doc, n, sentence, start_byte, end_byte, type, value, mod, "
              "anchor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        quantity(c,
                 "INSERT INTO quantities (doc, n, sentence, start_byte, end_byte, value, upper, "
                 "unit, approx, counted, source) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        event(c,
              "INSERT INTO events (doc, n, sentence, start_byte, end_byte, type, mode, source, "
              "target, date, place, attributed_to, negated, aux) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)") {}
  Statement entity, role, timex, quantity, event;
};

LayerWriter::LayerWriter(Connection& connection)
    : statements_(std::make_unique<Statements>(connection)) {}

LayerWriter::~LayerWriter() = default;

void LayerWriter::write(int64_t key, const Document& doc) {
  Statements& s = *statements_;
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    bind_head(s.entity, key, i, doc, e);
    s.entity.bind(6, e.type)
        .bind(7, int64_t{e.derived})
        .bind(8, int64_t{e.part})
        .bind(9, e.id)
        .bind(10, e.name)
        .run();
  }
  for (size_t i = 0; i < doc.roles.size(); ++i) {
    const Role& r = doc.roles[i];
    bind_head(s.role, key, i, doc, r);
    s.role.bind(6, r.person).bind(7, r.office).bind(8, r.country).bind(9, r.organisation).run();
  }
  for (size_t i = 0; i < doc.timexes.size(); ++i) {
    const Timex& t = doc.timexes[i];
    bind_head(s.timex, key, i, doc, t);
    s.timex.bind(6, t.type).bind(7, t.value).bind(8, t.mod).bind(9, t.anchor).run();
  }
  for (size_t i = 0; i < doc.quantities.size(); ++i) {
    const Quantity& q = doc.quantities[i];
    bind_head(s.quantity, key, i, doc, q);
    s.quantity.bind(6, q.value);
    if (q.upper) {
      s.quantity.bind(7, *q.upper);
    } else {
      s.quantity.bind_null(7);
    }
    s.quantity.bind(8, q.unit).bind(9, q.approx).bind(10, q.counted).bind(11, q.source).run();
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    bind_head(s.event, key, i, doc, e);
    s.event.bind(6, e.type)
        .bind(7, e.mode)
        .bind(8, e.source)
        .bind(9, e.target)
        .bind(10, e.date)
        .bind(11, e.place)
        .bind(12, e.attributed_to)
        .bind(13, int64_t{e.negated})
        .bind(14, e.aux)
        .run();
  }
}

void read_event_columns(const Statement& row, int first, Event& e) {
  e.type = row.column_text(first);
  e.mode = row.column_text(first + 1);
  e.source = row.column_text(first + 2);
  e.target = row.column_text(first + 3);
  e.date = row.column_text(first + 4);
  e.place = row.column_text(first + 5);
  e.attributed_to = row.column_text(first + 6);
  e.negated = row.column_int(first + 7) != 0;
  e.aux = row.column_text(first + 8);
}

void read_quantity_columns(const Statement& row, int first, Quantity& q) {
  q.value = row.column_double(first);
  if (!row.is_null(first + 1)) q.upper = row.column_double(first + 1);
  q.unit = row.column_text(first + 2);
  q.approx = row.column_text(first + 3);
  q.counted = row.column_text(first + 4);
  q.source = row.column_text(first + 5);
}

void read_layers(Connection& connection, int64_t key, Document& doc) {
  read_layer(connection,
             "SELECT start_byte, end_byte, type, derived, part, entity_id, name FROM entities "
             "WHERE doc = ?1 ORDER BY n",
             key, doc.entities, [](const Statement& row, Entity& e) {
               e.type = row.column_text(2);
               e.derived = row.column_int(3) != 0;
               e.part = row.column_int(4) != 0;
               e.id = row.column_text(5);
               e.name = row.column_text(6);
             });
  read_layer(connection,
             "SELECT start_byte, end_byte, person, office, country, organisation FROM roles "
             "WHERE doc = ?1 ORDER BY n",
             key, doc.roles, [](const Statement& row, Role& r) {
               r.person = row.column_text(2);
               r.office = row.column_text(3);
               r.country = row.column_text(4);
               r.organisation = row.column_text(5);
             });
  read_layer(connection,
             "SELECT start_byte, end_byte, type, value, mod, anchor FROM timexes "
             "WHERE doc = ?1 ORDER BY n",
             key, doc.timexes, [](const Statement& row, Timex& t) {
               t.type = row.column_text(2);
               t.value = row.column_text(3);
               t.mod = row.column_text(4);
               t.anchor = row.column_text(5);
             });
  read_layer(connection,
             "SELECT start_byte, end_byte, value, upper, unit, approx, counted, source "
             "FROM quantities WHERE doc = ?1 ORDER BY n",
             key, doc.quantities,
             [](const Statement& row, Quantity& q) { read_quantity_columns(row, 2, q); });
  read_layer(connection,
             "SELECT start_byte, end_byte, type, mode, source, target, date, place, "
             "attributed_to, negated, aux FROM events WHERE doc = ?1 ORDER BY n",
             key, doc.events,
             [](const Statement& row, Event& e) { read_event_columns(row, 2, e); });
}

}  // namespace lagebild::store
