// Store::entities: mention and article counts per entity id.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "store/query_util.h"
#include "store/store_impl.h"

namespace lagebild {
namespace {

// The value seen most often; ties go to the smaller string, for a stable answer.
std::string most_frequent(const std::map<std::string, size_t>& counts) {
  std::string best;
  size_t best_count = 0;
  for (const auto& [value, count] : counts) {
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  }
  return best;
}

}  // namespace

std::vector<EntitySummary> Store::entities(const EntityQuery& query) const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  store::Connection& db = *impl_->db;
  const std::string filter = "WHERE entity_id != '' AND (?1 = '' OR type = ?1) ";

  std::vector<EntitySummary> out;
  std::unordered_map<std::string, size_t> index;
  store::Statement totals(db, "SELECT entity_id, count(*), count(DISTINCT doc) FROM entities " +
                                  filter + "GROUP BY entity_id");
  totals.bind(1, query.type);
  while (totals.step()) {
    EntitySummary e;
    e.id = totals.column_text(0);
    e.mentions = static_cast<size_t>(totals.column_int(1));
    e.documents = static_cast<size_t>(totals.column_int(2));
    index.emplace(e.id, out.size());
    out.push_back(std::move(e));
  }

  // Names and types: a mention's type may differ from the others' (a tagger slip), and its name
  // too (an alias). The most frequent stands for the entity.
  std::vector<std::map<std::string, size_t>> types(out.size()), names(out.size());
  store::Statement forms(db, "SELECT entity_id, type, name, count(*) FROM entities " + filter +
                                 "GROUP BY entity_id, type, name");
  forms.bind(1, query.type);
  while (forms.step()) {
    auto it = index.find(forms.column_text(0));
    if (it == index.end()) continue;
    const size_t n = static_cast<size_t>(forms.column_int(3));
    types[it->second][forms.column_text(1)] += n;
    std::string name = forms.column_text(2);
    if (!name.empty()) names[it->second][name] += n;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].type = most_frequent(types[i]);
    out[i].name = most_frequent(names[i]);
  }

  std::sort(out.begin(), out.end(), [](const EntitySummary& a, const EntitySummary& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    if (a.documents != b.documents) return a.documents > b.documents;
    return a.id < b.id;
  });
  store::apply_limit(out, query.limit);
  return out;
}

}  // namespace lagebild
