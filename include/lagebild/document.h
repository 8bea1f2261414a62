// lagebild — the Document: one article and every annotation layer the pipeline adds to it.
//
// Text and offsets. `Document::text` is the article body after Unicode normalisation (NFC),
// encoded as UTF-8. Every span in every layer holds BYTE offsets into that string, end exclusive:
// byte offsets keep the stages fast and simple. The JSON writer converts them to Unicode code
// point offsets, which is what the output contract (docs/output.schema.json) promises, so that
// a user can slice `text[start:end]` in Python or JavaScript.
//
// Layers. A stage is a plain function that reads some layers and fills one (see pipeline.h).
// Layers are plain vectors ordered by `begin`. Attribute strings follow the conventions named on
// each field (TIMEX3 for time, PLOVER for events, ISO 3166-1 alpha-3 for countries).
#ifndef LAGEBILD_DOCUMENT_H_
#define LAGEBILD_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild {

// A half-open byte range [begin, end) in Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t {
  kWord,          // letters, digits inside words, inner hyphens and apostrophes (US-Außenminister)
  kNumber,        // 10.000, 36,9, 2025, 5.9.2025 (dates in digits stay one token)
  kOrdinal,       // "2." in "am 2. Juli": a number closed by a period that belongs to it
  kAbbreviation,  // Mrd., Nr., z. B. parts, Dr.: the period belongs to the token
  kPunctuation,   // . , ; : ! ? ( ) quotes dashes
  kSymbol,        // % € $ § & and anything else
};

struct Token : Span {
  TokenKind kind = TokenKind::kWord;
};

struct Sentence : Span {
  uint32_t first_token = 0;  // index into Document::tokens; [first_token, end_token)
  uint32_t end_token = 0;
};

struct Paragraph : Span {};

// Where a piece of evidence for the document date was found, and why it counts.
struct DateEvidence : Span {
  std::string why;
};

struct DocumentDate {
  enum class Origin : uint8_t { kUnknown, kGiven, kInferred };
  std::string value;  // "2023-05" or "2023-05-12"; empty when unknown
  Origin origin = Origin::kUnknown;
  std::string earliest;  // YYYY-MM-DD, empty when unknown
  std::string latest;    // YYYY-MM-DD, empty when unknown
  double confidence = 0.0;
  std::vector<DateEvidence> evidence;
};

// A named-entity mention. `type` is PER, LOC, ORG or MISC (GermEval's OTH).
struct Entity : Span {
  std::string type;
  bool derived = false;  // GermEval *deriv: "ukrainische" -> the country Ukraine
  bool part = false;     // GermEval *part: "Nato" in "Nato-Generalsekretär"
  std::string id;        // stable across articles: knowledge-base id, else normalised-name id
  std::string name;      // canonical name
};

// A title next to a person ("US-Außenminister Antony Blinken") or standing for one ("Kremlchef").
struct Role : Span {
  std::string person;  // entity id
  std::string office;
  std::string country;       // ISO 3166-1 alpha-3, when the office is a country's
  std::string organisation;  // entity id (org:nato) when the office is an organisation's
};

// A time expression in TIMEX3 terms.
struct Timex : Span {
  std::string type;    // DATE, TIME, DURATION, SET
  std::string value;   // TIMEX3 value: 2025-07-02, 2023-W12, P14M, PRESENT_REF, XXXX-XX-XX ...
  std::string mod;     // MORE_THAN, LESS_THAN, APPROX, START, MID, END ... or empty
  std::string anchor;  // for anchored durations: the value of the anchor, or empty
};

struct Quantity : Span {
  double value = 0;
  std::optional<double> upper;  // ranges "zwischen 10 und 20", ratios "37 von 90" (the whole)
  std::string unit;             // Euro, US-Dollar, Prozent, km ... or empty for counts
  std::string approx;           // MORE_THAN, LESS_THAN, APPROX, AT_LEAST, AT_MOST or empty
  std::string counted;          // "nordkoreanische Soldaten"
  std::string source;           // entity id or the source's text; empty when unattributed
};

// A PLOVER event: who did what to whom, where and when.
struct Event : Span {  // the span is the trigger
  std::string type;    // PLOVER: CONSULT, ASSAULT, ...
  std::string mode;    // PLOVER mode: phone, visit, aerial, drone, military ...
  std::string source;  // entity id of the actor
  std::string target;  // entity id of the recipient
  std::string date;    // TIMEX3 date value
  std::string place;   // entity id of a geocoded place
  std::string attributed_to;
  bool negated = false;
  std::string aux;  // PLOVER auxiliary mode: future, hypothetical ... or empty
};

struct Document {
  std::string id;                    // JSON `id`, else the file name without extension
  std::optional<std::string> title;  // headline, if the article has one (also part of `text`)
  std::string text;                  // normalised body, UTF-8
  std::map<std::string, std::string> metadata;  // source, url, and any other input fields

  // Provenance: where the article was read from (file path, 1-based line for JSON Lines).
  std::string origin_path;
  uint64_t origin_line = 0;

  DocumentDate date;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Role> roles;
  std::vector<Timex> timexes;
  std::vector<Quantity> quantities;
  std::vector<Event> events;

  std::string_view slice(const Span& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace lagebild

#endif  // LAGEBILD_DOCUMENT_H_
