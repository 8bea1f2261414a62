// The annotation layers of a Document as rows of the store (schema version 2): entities, roles,
// timexes, quantities and events, each row keyed by (doc, n) with n the item's index in its layer
// and carrying the index of the sentence that holds it.
#ifndef LAGEBILD_STORE_LAYER_ROWS_H_
#define LAGEBILD_STORE_LAYER_ROWS_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "lagebild/document.h"
#include "store/sqlite.h"

namespace lagebild::store {

// The index of the sentence whose span holds byte `begin` (sentences ordered by begin, as the
// segmenter makes them); -1 when none does (a title outside every sentence, an empty layer).
int64_t sentence_of(const std::vector<Sentence>& sentences, uint32_t begin);

// Prepared INSERT statements for the layer tables, kept by the writer across batches.
class LayerWriter {
 public:
  explicit LayerWriter(Connection& connection);
  ~LayerWriter();
  LayerWriter(const LayerWriter&) = delete;
  LayerWriter& operator=(const LayerWriter&) = delete;

  // Inserts every layer row of `doc`, stored under documents.key `key`. Runs inside the caller's
  // transaction; the old rows of a replaced document are gone already (ON DELETE CASCADE).
  void write(int64_t key, const Document& doc);

 private:
  struct Statements;
  std::unique_ptr<Statements> statements_;
};

// The attribute columns of an event row (type, mode, source, target, date, place, attributed_to,
// negated, aux) and of a quantity row (value, upper, unit, approx, counted, source), in the order
// of the schema, starting at column `first` of `row`.
void read_event_columns(const Statement& row, int first, Event& e);
void read_quantity_columns(const Statement& row, int first, Quantity& q);

// Reads the layer rows of the document stored under `key` into `doc`, in layer order.
void read_layers(Connection& connection, int64_t key, Document& doc);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_LAYER_ROWS_H_
