#include "io/json_record.h"

#include <nlohmann/json.hpp>

#include "io/given_date.h"

namespace lagebild::io {
namespace {

using nlohmann::json;

// nlohmann's messages start with "[json.exception.parse_error.101] "; the id helps nobody.
std::string without_exception_id(const std::string& what) {
  const size_t close = what.find("] ");
  return close == std::string::npos ? what : what.substr(close + 2);
}

}  // namespace

bool read_json_record(std::string_view text, Document& doc, std::string& error,
                      std::vector<std::string>& warnings) {
  json record;
  try {
    record = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    error = "malformed JSON: " + without_exception_id(e.what());
    return false;
  }
  if (!record.is_object()) {
    error = "a record must be a JSON object";
    return false;
  }
  auto body = record.find("text");
  if (body == record.end()) {
    error = "record has no \"text\" field";
    return false;
  }
  if (!body->is_string()) {
    error = std::string("\"text\" must be a string, not ") + body->type_name();
    return false;
  }
  doc.text = std::move(body->get_ref<std::string&>());

  for (auto& [key, value] : record.items()) {
    if (key == "text") continue;
    if (key == "id") {
      if (value.is_string()) {
        doc.id = value.get<std::string>();
      } else if (value.is_number_integer() || value.is_number_unsigned()) {
        doc.id = value.dump();
      } else if (!value.is_null()) {
        warnings.push_back(std::string("\"id\" must be a string or an integer, not ") +
                           value.type_name() + "; using the default id");
      }
    } else if (key == "title") {
      if (value.is_string()) {
        if (!value.get_ref<const std::string&>().empty()) doc.title = value.get<std::string>();
      } else if (!value.is_null()) {
        warnings.push_back(std::string("\"title\" must be a string, not ") + value.type_name() +
                           "; ignored");
      }
    } else if (key == "date" && !value.is_null()) {
      std::optional<DocumentDate> date;
      if (value.is_string())
        date = parse_given_date_or_timestamp(value.get_ref<const std::string&>());
      if (date) {
        doc.date = std::move(*date);
      } else {
        // Kept in the metadata so that nothing of the input is lost.
        warnings.push_back("unreadable \"date\" " + value.dump() +
                           " (expected YYYY-MM or YYYY-MM-DD); date unknown");
        doc.metadata[key] = value.is_string() ? value.get<std::string>() : value.dump();
      }
    } else if (!value.is_null()) {
      doc.metadata[key] = value.is_string() ? value.get<std::string>() : value.dump();
    }
  }
  return true;
}

}  // namespace lagebild::io
