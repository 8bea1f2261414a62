#include "io/document_json.h"
#include "core/date_origin.h"

#include <optional>

#include "io/json_out.h"
#include "text/utf8.h"

namespace lagebild::io {
namespace {

// Byte offset -> code point offset. Layers are ordered by begin, so most lookups move forward a
// little from the previous one: counted incrementally from there. A step backwards (an end
// before the next begin of a nested span, or the next layer) goes through an index built on
// first need, and counting goes on forward from where it lands.
class CodePointOffsets {
 public:
  // `ascii`: the text is pure ASCII, so code point and byte offsets coincide.
  // `base`: code points before `text` in the document (a window of a longer one, see
  // append_window_layers), added to every offset.
  CodePointOffsets(std::string_view text, bool ascii, uint64_t base = 0)
      : text_(text), ascii_(ascii), base_(base) {}

  uint64_t operator()(uint32_t byte) {
    if (ascii_) return base_ + byte;
    if (byte >= last_byte_) {
      last_code_points_ += utf8::count_code_points(text_.substr(last_byte_, byte - last_byte_));
      last_byte_ = byte;
      return base_ + last_code_points_;
    }
    if (!index_) index_.emplace(text_);
    last_byte_ = byte;
    last_code_points_ = (*index_)(byte);
    return base_ + last_code_points_;
  }

 private:
  std::string_view text_;
  bool ascii_;
  uint64_t base_;
  uint32_t last_byte_ = 0;
  uint64_t last_code_points_ = 0;
  std::optional<utf8::CodePointIndex> index_;
};

void write_span(JsonOut& j, CodePointOffsets& cp, const Span& s) {
  j.key("start").integer(cp(s.begin));
  j.key("end").integer(cp(s.end));
}

void write_span_with_text(JsonOut& j, CodePointOffsets& cp, const Document& doc, const Span& s) {
  write_span(j, cp, s);
  j.key("text").value(doc.slice(s));
}

void write_date(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  const DocumentDate& d = doc.date;
  j.key("date").begin_object();
  j.key("value").string_or_null(d.value);
  j.key("origin").value(date_origin_name(d.origin));
  j.key("earliest").string_or_null(d.earliest);
  j.key("latest").string_or_null(d.latest);
  j.key("confidence").number(d.confidence);
  j.key("evidence").begin_array();
  for (const DateEvidence& e : d.evidence) {
    j.begin_object();
    write_span_with_text(j, cp, doc, e);
    j.key("why").value(e.why);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// A layer of bare spans: paragraphs, sentences, tokens.
template <typename SpanT>
void write_spans(JsonOut& j, CodePointOffsets& cp, const char* name,
                 const std::vector<SpanT>& spans) {
  j.key(name).begin_array();
  for (const Span& s : spans) {
    j.begin_object();
    write_span(j, cp, s);
    j.end_object();
  }
  j.end_array();
}

void write_entities(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  j.key("entities").begin_array();
  for (const Entity& e : doc.entities) {
    j.begin_object();
    write_span_with_text(j, cp, doc, e);
    j.key("type").value(e.type);
    j.key("derived").boolean(e.derived);
    j.key("part").boolean(e.part);
    j.key("id").string_or_null(e.id);
    j.key("name").string_or_null(e.name);
    j.end_object();
  }
  j.end_array();
}

void write_roles(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  j.key("roles").begin_array();
  for (const Role& r : doc.roles) {
    j.begin_object();
    write_span_with_text(j, cp, doc, r);
    j.key("person").string_or_null(r.person);
    j.key("office").string_or_null(r.office);
    j.key("country").string_or_null(r.country);
    j.key("organisation").string_or_null(r.organisation);
    j.end_object();
  }
  j.end_array();
}

void write_timexes(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  j.key("timexes").begin_array();
  for (const Timex& t : doc.timexes) {
    j.begin_object();
    write_span_with_text(j, cp, doc, t);
    j.key("type").value(t.type);
    j.key("value").string_or_null(t.value);
    j.key("mod").string_or_null(t.mod);
    j.key("anchor").string_or_null(t.anchor);
    j.end_object();
  }
  j.end_array();
}

void write_quantities(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  j.key("quantities").begin_array();
  for (const Quantity& q : doc.quantities) {
    j.begin_object();
    write_span_with_text(j, cp, doc, q);
    j.key("value").number(q.value);
    if (q.upper) {
      j.key("upper").number(*q.upper);
    } else {
      j.key("upper").null();
    }
    j.key("unit").string_or_null(q.unit);
    j.key("approx").string_or_null(q.approx);
    j.key("counted").string_or_null(q.counted);
    j.key("source").string_or_null(q.source);
    j.end_object();
  }
  j.end_array();
}

void write_events(JsonOut& j, CodePointOffsets& cp, const Document& doc) {
  j.key("events").begin_array();
  for (const Event& e : doc.events) {
    j.begin_object();
    j.key("type").value(e.type);
    j.key("mode").string_or_null(e.mode);
    j.key("source").string_or_null(e.source);
    j.key("target").string_or_null(e.target);
    j.key("date").string_or_null(e.date);
    j.key("place").string_or_null(e.place);
    write_span_with_text(j, cp, doc, e);
    j.key("attributed_to").string_or_null(e.attributed_to);
    j.key("negated").boolean(e.negated);
    j.key("aux").string_or_null(e.aux);
    j.end_object();
  }
  j.end_array();
}

}  // namespace

void append_document_head(const Document& doc, std::string& out) {
  JsonOut j(out);
  j.begin_object();
  j.key("id").value(doc.id);
  if (doc.title) {
    j.key("title").value(*doc.title);
  } else {
    j.key("title").null();
  }
  j.key("text").value(doc.text);
  j.key("metadata").begin_object();
  for (const auto& [name, value] : doc.metadata) j.key(name).value(value);
  j.end_object();
  const bool ascii = utf8::count_code_points(doc.text) == doc.text.size();
  CodePointOffsets cp(doc.text, ascii);
  write_date(j, cp, doc);
}

void append_window_layers(const Document& window, const DocumentJsonOptions& options, uint64_t base,
                          std::vector<std::string>& layers) {
  const bool ascii = utf8::count_code_points(window.text) == window.text.size();
  std::string object;
  size_t n = 0;
  // Each layer as its own object {"name":[...]}, then cut down to ',' + its elements.
  // One converter for all layers: each layer starts again at the front, through its index.
  CodePointOffsets offsets(window.text, ascii, base);
  auto layer = [&](auto&& write) {
    object.clear();
    JsonOut j(object);
    j.begin_object();
    write(j, offsets);
    j.end_object();
    const size_t open = object.find('[');
    if (layers.size() <= n) layers.emplace_back();
    if (object.size() > open + 3) {  // not "[]}"
      layers[n] += ',';
      layers[n].append(object, open + 1, object.size() - open - 3);
    }
    ++n;
  };
  layer([&](JsonOut& j, CodePointOffsets& cp) {
    write_spans(j, cp, "paragraphs", window.paragraphs);
  });
  layer(
      [&](JsonOut& j, CodePointOffsets& cp) { write_spans(j, cp, "sentences", window.sentences); });
  if (options.tokens) {
    layer([&](JsonOut& j, CodePointOffsets& cp) { write_spans(j, cp, "tokens", window.tokens); });
  }
  layer([&](JsonOut& j, CodePointOffsets& cp) { write_entities(j, cp, window); });
  layer([&](JsonOut& j, CodePointOffsets& cp) { write_roles(j, cp, window); });
  layer([&](JsonOut& j, CodePointOffsets& cp) { write_timexes(j, cp, window); });
  layer([&](JsonOut& j, CodePointOffsets& cp) { write_quantities(j, cp, window); });
  layer([&](JsonOut& j, CodePointOffsets& cp) { write_events(j, cp, window); });
}

std::vector<std::string> window_layer_names(const DocumentJsonOptions& options) {
  std::vector<std::string> names = {"paragraphs", "sentences"};
  if (options.tokens) names.push_back("tokens");
  for (const char* name : {"entities", "roles", "timexes", "quantities", "events"}) {
    names.push_back(name);
  }
  return names;
}

void append_document_json(const Document& doc, const DocumentJsonOptions& options,
                          std::string& out) {
  // The whole document is its own single window.
  append_document_head(doc, out);
  std::vector<std::string> layers;
  append_window_layers(doc, options, 0, layers);
  const std::vector<std::string> names = window_layer_names(options);
  for (size_t k = 0; k < names.size(); ++k) {
    out += ",\"";
    out += names[k];
    out += "\":[";
    if (!layers[k].empty()) out.append(layers[k], 1);  // without the first element's ','
    out += ']';
  }
  out += "}\n";
}

}  // namespace lagebild::io
