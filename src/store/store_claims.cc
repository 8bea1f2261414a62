// Store::claims: the figures about some words, in date order.
//
// Two steps: the full-text index finds the articles holding every word (by stem and compound
// part), then each figure of those articles is kept, compared by the same index terms, when
//   "counted":   its counted thing holds every word ("11.000 nordkoreanischen Soldaten");
//   "sentence":  its sentence holds every word;
//   "paragraph": its counted thing is made only of query words and holds at least one, and its
//                paragraph holds the others: "mehr als 10.000 ... Nordkoreaner" after "Tausende
//                nordkoreanische Soldaten" in the same paragraph, but not "50.000 russische
//                Soldaten" next to North Korean ones ("russische" is no query word).
// So "nordkoreanische Soldaten" finds "11.000 nordkoreanischen Soldaten", and "Soldaten" finds
// "Berufssoldaten".
#include <algorithm>
#include <set>
#include <tuple>

#include "store/index_terms.h"
#include "store/layer_rows.h"
#include "store/query_util.h"
#include "store/search_query.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

using Terms = std::set<std::string>;

Terms document_terms_of(store::IndexTerms& index, std::string_view text) {
  Terms out;
  store::for_each_word(text, [&](size_t begin, size_t end) {
    for (const std::string& term : index.document_terms(text.substr(begin, end - begin))) {
      out.insert(term);
    }
  });
  return out;
}

// The whole-word stems of `text` (no compound parts): what a counted thing is made of.
Terms word_stems_of(store::IndexTerms& index, std::string_view text) {
  Terms out;
  store::for_each_word(text, [&](size_t begin, size_t end) {
    out.insert(index.query_term(text.substr(begin, end - begin)));
  });
  return out;
}

bool holds_all(const Terms& have, const Terms& wanted) {
  return std::includes(have.begin(), have.end(), wanted.begin(), wanted.end());
}

// "counted", "sentence", "paragraph" (see the top of this file), or "" for no match.
const char* match_level(store::IndexTerms& index, const Terms& wanted, const std::string& counted,
                        std::string_view sentence, std::string_view paragraph) {
  if (holds_all(document_terms_of(index, counted), wanted)) return "counted";
  if (holds_all(document_terms_of(index, sentence), wanted)) return "sentence";
  const Terms counted_stems = word_stems_of(index, counted);
  if (counted_stems.empty() || !holds_all(wanted, counted_stems)) return "";
  Terms rest;
  for (const std::string& term : wanted) {
    if (counted_stems.count(term) == 0) rest.insert(term);
  }
  return holds_all(document_terms_of(index, paragraph), rest) ? "paragraph" : "";
}

struct Found {
  Claim claim;
  int64_t n = 0;
};

}  // namespace

std::vector<Claim> Store::claims(const ClaimQuery& query) const {
  const std::string match = store::to_fts5_query(query.about);
  if (match.empty()) return {};
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;
  store::IndexTerms index(impl_->decompounder_source);
  Terms wanted;
  store::for_each_word(query.about, [&](size_t begin, size_t end) {
    wanted.insert(index.query_term(std::string_view(query.about).substr(begin, end - begin)));
  });

  store::Statement rows(
      db,
      "SELECT q.n, q.sentence, q.start_byte, q.end_byte, q.value, q.upper, q.unit, q.approx, "
      "q.counted, q.source, d.id, d.title, d.date_value, " +
          store::text_slice_sql("q.start_byte", "q.end_byte") + ", " +
          store::text_slice_sql("s.start_byte", "s.end_byte") + ", " +
          store::text_slice_sql("p.start_byte", "p.end_byte") +
          " FROM quantities AS q JOIN documents AS d ON d.key = q.doc "
          "LEFT JOIN sentences AS s ON s.doc = q.doc AND s.n = q.sentence "
          "LEFT JOIN paragraphs AS p ON p.doc = q.doc AND p.start_byte <= q.start_byte "
          "AND q.start_byte < p.end_byte "
          "WHERE q.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1)");
  rows.bind(1, match);
  std::vector<Found> found;
  while (rows.step()) {
    Found f;
    Claim& c = f.claim;
    Quantity& q = c.quantity;
    store::read_quantity_columns(rows, 4, q);
    c.text = rows.column_text(14);
    c.matched = match_level(index, wanted, q.counted, c.text, rows.column_text(15));
    if (c.matched.empty()) continue;
    f.n = rows.column_int(0);
    c.sentence = rows.column_int(1);
    q.begin = static_cast<uint32_t>(rows.column_int(2));
    q.end = static_cast<uint32_t>(rows.column_int(3));
    c.document = rows.column_text(10);
    c.title = rows.column_optional_text(11);
    c.date = rows.column_text(12);
    c.figure = rows.column_text(13);
    found.push_back(std::move(f));
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    const bool ua = a.claim.date.empty(), ub = b.claim.date.empty();
    return std::tie(ua, a.claim.date, a.claim.document, a.n) <
           std::tie(ub, b.claim.date, b.claim.document, b.n);
  });
  store::apply_limit(found, query.limit);
  std::vector<Claim> out;
  out.reserve(found.size());
  for (Found& f : found) out.push_back(std::move(f.claim));
  return out;
}

}  // namespace lagebild
