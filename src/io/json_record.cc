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

// Builds the record with nlohmann's own DOM builder, except that a string "text" field of the
// top-level object is moved out of the parser into `text` (the tree gets an empty string there)
// instead of being copied. For an article of a few hundred megabytes on one line, that saves two
// copies of its text at the moment memory peaks (the parser's token buffer is the only other one).
// json::sax_parse calls these members statically, so hiding the base's suffices.
class RecordBuilder : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  using Base = nlohmann::detail::json_sax_dom_parser<json>;
  explicit RecordBuilder(json& record) : Base(record, /*allow_exceptions=*/false) {}

  std::string text;
  bool has_text = false;  // `text` holds the top-level "text" string (a later duplicate wins)
  std::string error;

  bool string(std::string& s) {
    if (text_is_next_) {
      text = std::move(s);
      has_text = true;
      s.clear();
      text_is_next_ = false;
    }
    return Base::string(s);
  }
  bool key(std::string& k) {
    text_is_next_ = depth_ == 1 && k == "text";
    if (text_is_next_) has_text = false;  // a later value replaces an earlier one
    return Base::key(k);
  }
  bool start_object(std::size_t n) { return open() && Base::start_object(n); }
  bool start_array(std::size_t n) { return open() && Base::start_array(n); }
  bool end_object() { return close() && Base::end_object(); }
  bool end_array() { return close() && Base::end_array(); }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
    error = without_exception_id(e.what());
    return Base::parse_error(position, token, e);
  }

 private:
  bool open() {
    ++depth_;
    text_is_next_ = false;  // the "text" key's value is a container, not a string
    return true;
  }
  bool close() {
    --depth_;
    text_is_next_ = false;
    return true;
  }
  int depth_ = 0;              // open objects and arrays
  bool text_is_next_ = false;  // the next value is the top-level object's "text"
};

}  // namespace

bool read_json_record(std::string_view text, Document& doc, std::string& error,
                      std::vector<std::string>& warnings) {
  json record;
  RecordBuilder builder(record);
  if (!json::sax_parse(text.begin(), text.end(), &builder)) {
    error = "malformed JSON: " + builder.error;
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
  if (!builder.has_text) {
    error = std::string("\"text\" must be a string, not ") + body->type_name();
    return false;
  }
  doc.text = std::move(builder.text);

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
