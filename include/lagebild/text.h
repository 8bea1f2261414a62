// lagebild — the text layer: Unicode normalisation, segmentation into paragraphs, sentences and
// tokens, German lower-casing and stemming.
//
// Offsets. Every Span is a half-open BYTE range into Document::text (see document.h). The text
// must be valid UTF-8; invalid bytes never crash the segmenter (each becomes a symbol token), but
// readers are expected to repair input first (utf8::repair).
//
// Thread safety. normalize_text, segment, token_parts and to_lower are free functions that may be
// called from any number of threads at once: the segmenter's lexicons (data/de/abbreviations.txt,
// data/de/sentence_starters.txt, data/de/news_agencies.txt) load once, on first use, into an
// immutable object all threads share. GermanStemmer holds per-call state: one per thread.
#ifndef LAGEBILD_TEXT_H_
#define LAGEBILD_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lagebild/document.h"

namespace lagebild {

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

// Text after normalize_text, with a map back to the input's byte offsets.
struct NormalizedText {
  std::string text;  // NFC, valid UTF-8 (the input must be valid UTF-8)
  // Size text.size() + 1: the input byte offset for each byte offset in `text`, so that a span
  // [b, e) of `text` came from [original_offset[b], original_offset[e]) of the input. Empty when
  // `text` equals the input (the identity map, the common case).
  std::vector<uint32_t> original_offset;

  // The input byte offset for `offset` in `text`; handles the identity case. Offsets past the end
  // map to the input's end.
  uint32_t to_original(uint32_t offset) const;
};

// Normalises article text for the pipeline:
//   - Unicode NFC (ICU), so that "Ä" is one code point whatever the source did;
//   - CRLF and lone CR become LF (one line-break convention for paragraph detection);
//   - removed: soft hyphen U+00AD (invisible hyphenation hint inside words), zero-width space
//     U+200B, zero-width non-joiner U+200C, word joiner U+2060 and the byte-order mark / zero-width
//     no-break space U+FEFF: they would split or hide words and carry no meaning here;
//   - kept as they are: zero-width joiner U+200D (it glues emoji sequences) and no-break and other
//     Unicode spaces (NBSP U+00A0, narrow NBSP U+202F, ...): the segmenter treats them as spaces,
//     and keeping them keeps offsets identical to the source.
// Fast path: text that is already NFC and has nothing to remove or convert is returned with the
// identity map (empty original_offset) after one scan, without ICU.
NormalizedText normalize_text(std::string_view utf8);

// ---------------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------------

// How segment() splits text. The German-specific knowledge (abbreviations, sentence starters,
// news agencies) lives in the data files named above, not here.
struct SegmenterOptions {
  // A line that ends without sentence-final punctuation (a headline, a subheading) ends its
  // paragraph at a single newline when it is at most this many bytes long, does not end in
  // , ; : - – ( / „ & (it goes on below) and the next line does not start with a lower-case
  // letter. Longer lines are taken as hard-wrapped text and continue the paragraph. 200 bytes is
  // about two lines of a headline. A line ending in an agency tag, "(dpa)", always ends it.
  uint32_t headline_max_bytes = 200;
  // A line that ends with sentence-final punctuation (. ! ? … or a closing quote after one) ends
  // its paragraph at a single newline (unless the next line starts with a lower-case letter),
  // because many news feeds separate paragraphs with one newline. Turn off for hard-wrapped text
  // where only blank lines separate paragraphs.
  bool sentence_end_line_ends_paragraph = true;
  // An agency tag closing a paragraph, "(dpa)", "(afp)", "(dpa/AFP)", becomes its own sentence,
  // so that attribution and dating can treat it apart from the claim before it.
  bool agency_tag_is_sentence = true;
};

// Fills doc.paragraphs, doc.sentences (with first_token/end_token) and doc.tokens from doc.text,
// replacing what they held. Rules, in short (tests/segment_test.cc has the full table):
//   Paragraphs end at blank lines, and at single newlines after headline-like lines or sentence
//   ends (see SegmenterOptions). Paragraph spans exclude surrounding whitespace; every sentence
//   and token lies in exactly one paragraph.
//   Sentences end at . ! ? … (and runs of them) followed by a capitalised word, digit, opening
//   quote or bracket, and always at a paragraph end; closing quotes and brackets right after the
//   punctuation belong to the ending sentence („Wir kämpfen.“ Dann …). A colon or semicolon
//   never ends one. Abbreviations (Mrd., Dr., z. B.) and ordinals (am 2. Juli, zum 100.
//   Geburtstag) keep the period; after an abbreviation that can close a sentence (Mrd., ca.,
//   usw.) the sentence ends only before a capitalised sentence-starting function word ("Die",
//   "Er", "Doch") — or before any capitalised word after usw./etc. — so "3 Mrd. Euro" stays one.
//   Tokens: words with inner hyphens and apostrophes (US-Außenminister, geht's) and truncated
//   compounds ("Staats-" in "Staats- und Regierungschefs") are one kWord; numbers with German
//   separators (10.000, 36,9, 5.9.2025, 23.30, 12:30) one kNumber; URLs, domains and e-mail
//   addresses one kWord; % € $ and other signs kSymbol; "..." and "…" one kPunctuation.
void segment(Document& doc, const SegmenterOptions& options = {});

// The parts of a hyphenated compound token, as spans into `text` (the text the token indexes):
// "US-Außenminister" -> "US", "Außenminister"; "10.000-Einwohner-Stadt" -> "10.000", "Einwohner",
// "Stadt"; "Staats-" -> "Staats". A token without hyphen, and a URL or e-mail address, has one
// part: itself. Hyphens are '-', U+2010 and U+2011.
std::vector<Span> token_parts(std::string_view text, const Token& token);

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

// Lower-cases UTF-8 text with ICU's full case mapping for German: "STRASSE" -> "strasse",
// "Straße" -> "straße", capital sharp s "ẞ" -> "ß", "ÄRZTE" -> "ärzte". ASCII-only text takes a
// fast path. Invalid UTF-8 is passed through byte by byte where ICU cannot read it.
std::string to_lower(std::string_view utf8);

// The Snowball German stemmer (libstemmer): "drohnen" and "drohne" -> "drohn", "soldaten" and
// "soldat" -> "soldat". Snowball's German algorithm also folds ä/ö/ü to a/o/u and ß to ss, so
// stems are search keys, not words. NOT thread-safe: use one stemmer per thread.
class GermanStemmer {
 public:
  GermanStemmer();  // throws Error(kInternal) if libstemmer lacks the German algorithm
  ~GermanStemmer();
  GermanStemmer(const GermanStemmer&) = delete;
  GermanStemmer& operator=(const GermanStemmer&) = delete;

  // Stems one lower-case word (see to_lower). Returns the word unchanged if it is empty.
  std::string stem(std::string_view lower_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lagebild

#endif  // LAGEBILD_TEXT_H_
