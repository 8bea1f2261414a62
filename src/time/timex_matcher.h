// Matching compiled patterns at one token: the candidates a position offers, longest first.
#ifndef LAGEBILD_TIME_TIMEX_MATCHER_H_
#define LAGEBILD_TIME_TIMEX_MATCHER_H_

#include <string>
#include <string_view>
#include <vector>

#include "time/timex_rules_impl.h"
#include "time/timex_scanner.h"

namespace lagebild::timex {

struct Slot {
  std::string name;
  std::string value;
  uint32_t tok = 0;  // first token the element matched
};

struct Match {
  const Rule* rule = nullptr;
  uint32_t tok_begin = 0;  // extent tokens [tok_begin, tok_end)
  uint32_t tok_end = 0;
  uint32_t byte_begin = 0;  // extent bytes
  uint32_t byte_end = 0;
  std::vector<Slot> slots;

  const Slot* slot(std::string_view name) const {
    for (const auto& s : slots) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
  std::string get(std::string_view name) const {
    const Slot* s = slot(name);
    return s ? s->value : std::string();
  }
  bool has(std::string_view name) const { return slot(name) != nullptr; }
};

// All matches whose extent starts at token `i`, longest extent first, then earlier rule.
void match_at(const TimexRules::Impl& rules, std::string_view text, const Scan& scan, size_t i,
              std::vector<Match>& out);

}  // namespace lagebild::timex

#endif  // LAGEBILD_TIME_TIMEX_MATCHER_H_
