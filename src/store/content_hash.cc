#include "store/content_hash.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace lagebild::store {
namespace {

class Fnv1a64 {
 public:
  Fnv1a64() = default;
  explicit Fnv1a64(uint64_t state) : state_(state) {}
  void bytes(std::string_view s) {
    for (unsigned char c : s) {
      state_ ^= c;
      state_ *= 0x100000001b3ULL;
    }
  }
  // Length-prefixed, so that field boundaries count: ("ab", "c") != ("a", "bc").
  void field(std::string_view s) {
    number(s.size());
    bytes(s);
  }
  void number(uint64_t n) {
    char buffer[8];
    for (int i = 0; i < 8; ++i) buffer[i] = static_cast<char>((n >> (8 * i)) & 0xFF);
    bytes(std::string_view(buffer, 8));
  }
  uint64_t value() const { return state_; }

 private:
  uint64_t state_ = 0xcbf29ce484222325ULL;
};

void span(Fnv1a64& h, const Span& s) {
  h.number(s.begin);
  h.number(s.end);
}

// Doubles by their bits: any change of a figure is a change of content.
void real(Fnv1a64& h, double value) {
  uint64_t bits = 0;
  static_assert(sizeof bits == sizeof value);
  std::memcpy(&bits, &value, sizeof bits);
  h.number(bits);
}

void hash_layers(const Document& doc, Fnv1a64& h) {
  h.number(doc.entities.size());
  for (const Entity& e : doc.entities) {
    span(h, e);
    h.field(e.type);
    h.number((e.derived ? 1 : 0) | (e.part ? 2 : 0));
    h.field(e.id);
    h.field(e.name);
  }
  h.number(doc.roles.size());
  for (const Role& r : doc.roles) {
    span(h, r);
    h.field(r.person);
    h.field(r.office);
    h.field(r.country);
    h.field(r.organisation);
  }
  h.number(doc.timexes.size());
  for (const Timex& t : doc.timexes) {
    span(h, t);
    h.field(t.type);
    h.field(t.value);
    h.field(t.mod);
    h.field(t.anchor);
  }
  h.number(doc.quantities.size());
  for (const Quantity& q : doc.quantities) {
    span(h, q);
    real(h, q.value);
    h.number(q.upper ? 1 : 0);
    real(h, q.upper.value_or(0));
    h.field(q.unit);
    h.field(q.approx);
    h.field(q.counted);
    h.field(q.source);
  }
  h.number(doc.events.size());
  for (const Event& e : doc.events) {
    span(h, e);
    for (const std::string* field :
         {&e.type, &e.mode, &e.source, &e.target, &e.date, &e.place, &e.attributed_to, &e.aux}) {
      h.field(*field);
    }
    h.number(e.negated ? 1 : 0);
  }
}

// The title and text: nearly all the bytes hashed, so the part that content_hash_text_state()
// can compute ahead.
uint64_t hash_title_and_text(const Document& doc) {
  Fnv1a64 h;
  h.field("lagebild-document-v2");
  h.number(doc.title ? 1 : 0);
  h.field(doc.title.value_or(""));
  h.field(doc.text);
  return h.value();
}

}  // namespace

uint64_t content_hash_text_state(const Document& doc) {
  return hash_title_and_text(doc);
}

std::string content_hash(const Document& doc) {
  return content_hash(doc, hash_title_and_text(doc));
}

std::string content_hash(const Document& doc, uint64_t text_state) {
  Fnv1a64 h(text_state);
  h.field(doc.date.value);
  h.number(static_cast<uint64_t>(doc.date.origin));
  h.field(doc.date.earliest);
  h.field(doc.date.latest);
  char confidence[32];
  std::snprintf(confidence, sizeof confidence, "%.6f", doc.date.confidence);
  h.field(confidence);
  h.number(doc.date.evidence.size());
  for (const DateEvidence& e : doc.date.evidence) {
    h.number(e.begin);
    h.number(e.end);
    h.field(e.why);
  }
  h.number(doc.metadata.size());
  for (const auto& [key, value] : doc.metadata) {
    h.field(key);
    h.field(value);
  }
  h.number(doc.paragraphs.size());
  for (const Paragraph& p : doc.paragraphs) {
    h.number(p.begin);
    h.number(p.end);
  }
  h.number(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    h.number(s.begin);
    h.number(s.end);
    h.number(s.first_token);
    h.number(s.end_token);
  }
  h.number(doc.tokens.size());
  hash_layers(doc, h);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h.value()));
  return hex;
}

}  // namespace lagebild::store
