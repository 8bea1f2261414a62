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

// Builds the record like json::parse does, except that a string "text" field of the top-level
// object is moved out of the parser into `text` instead of being copied into the tree. For an
// article of a few hundred megabytes on one line, that saves two copies of its text at the
// moment memory peaks (the parser's token buffer is the only other one).
class RecordBuilder {
 public:
  json root;
  std::string text;
  bool has_text = false;  // `text` holds the top-level "text" string
  std::string error;

  bool null() { return add(json(nullptr)); }
  bool boolean(bool b) { return add(json(b)); }
  bool number_integer(json::number_integer_t n) { return add(json(n)); }
  bool number_unsigned(json::number_unsigned_t n) { return add(json(n)); }
  bool number_float(json::number_float_t n, const std::string&) { return add(json(n)); }
  bool binary(json::binary_t& b) { return add(json(std::move(b))); }
  bool string(std::string& s) {
    if (stack_.size() == 1 && stack_.back()->is_object() && key_ == "text") {
      // A later duplicate "text" wins, as in json::parse.
      stack_.back()->erase("text");
      text = std::move(s);
      has_text = true;
      return true;
    }
    return add(json(std::move(s)));
  }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k) {
    key_ = std::move(k);
    if (stack_.size() == 1 && key_ == "text") has_text = false;  // a later value replaces it
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error = without_exception_id(e.what());
    return false;
  }

 private:
  // Inserts `v` where the parser is; returns where it went.
  json* insert(json&& v) {
    if (stack_.empty()) {
      root = std::move(v);
      return &root;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    json& slot = parent[key_];
    slot = std::move(v);
    return &slot;
  }
  bool add(json&& v) {
    insert(std::move(v));
    return true;
  }
  bool open(json&& container) {
    stack_.push_back(insert(std::move(container)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }
  std::vector<json*> stack_;  // the open objects and arrays, outermost first
  std::string key_;           // the key of the value that comes next in the innermost object
};

}  // namespace

bool read_json_record(std::string_view text, Document& doc, std::string& error,
                      std::vector<std::string>& warnings) {
  RecordBuilder builder;
  if (!json::sax_parse(text.begin(), text.end(), &builder)) {
    error = "malformed JSON: " + builder.error;
    return false;
  }
  json& record = builder.root;
  if (!record.is_object()) {
    error = "a record must be a JSON object";
    return false;
  }
  if (builder.has_text) {
    doc.text = std::move(builder.text);
  } else {
    auto body = record.find("text");
    if (body == record.end()) {
      error = "record has no \"text\" field";
      return false;
    }
    error = std::string("\"text\" must be a string, not ") + body->type_name();
    return false;
  }

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
