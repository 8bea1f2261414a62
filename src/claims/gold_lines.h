// Reading the project's gold sets (data/gold/*/*.jsonl): one JSON object per line, spans given
// by the text they cover. Shared by the quantity and event evaluations.
#ifndef LAGEBILD_CLAIMS_GOLD_LINES_H_
#define LAGEBILD_CLAIMS_GOLD_LINES_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "lagebild/document.h"

namespace lagebild::claims {

// Calls item(json, where) for each non-empty, non-'#' line of `path`; `where` is "FILE:LINE".
// A line that is not JSON, or a json exception thrown by `item`, becomes an Error naming
// FILE:LINE; a missing file an Error(kNotFound).
void for_each_gold_line(const std::string& path,
                        const std::function<void(const nlohmann::json&, const std::string&)>& item);

// The string at `key`, or "" when it is absent or null.
std::string gold_string(const nlohmann::json& j, const char* key);

// The span of the n-th occurrence (1-based) of `needle` in `text`; throws Error(kInvalidData,
// where) naming `what` when it is empty or not there.
Span gold_span(const std::string& text, const std::string& needle, int occurrence,
               const std::string& where, const std::string& what);

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_GOLD_LINES_H_
