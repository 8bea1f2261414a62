// Full-text terms computed ahead of the store's writer, on the analysis threads.
//
// Indexing a news article costs the German tokenizer (stemming, decompounding) far more than
// SQLite's own work, and SQLite runs the tokenizer on the single writer thread. So `ingest`
// computes each document's terms on the analysis workers (StoreIndexer::prepare) and the
// tokenizer, handed the same text again inside Store::write, replays them instead of recomputing.
// The terms are a function of the text and the decompounding lexicon alone, so the index is the
// same either way; a prepared buffer is only replayed for the exact bytes it was made from and
// with the lexicon it names.
//
// Layout: a text's terms, word after word: varint begin, varint end, varint number of terms,
// then each term as varint length and bytes (the first term the whole stem, the others colocated
// compound parts). A document's buffer: varint length + lexicon path, varint fingerprint of the
// title and text it was made from, varint content-hash state after that title and text (see
// content_hash.h: the writer finishes the hash from it instead of reading the text once more),
// varint length + the title's terms, then the text's terms. The buffer lives only within one
// process (the fingerprint uses std::hash), never on disk.
#ifndef LAGEBILD_STORE_PREPARED_TERMS_H_
#define LAGEBILD_STORE_PREPARED_TERMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lagebild/document.h"
#include "store/index_terms.h"

namespace lagebild::store {

class FrontTermCache;

// Appends the document terms of `text`, as the tokenizer emits them, to `out`. Words are looked
// up in `cache` when it is given (computed with `terms` on a miss), else in `terms`' own cache.
void append_prepared_terms(IndexTerms& terms, FrontTermCache* cache, std::string_view text,
                           std::string& out);

// The buffer for one document (see the layout above); `text_hash_state` is
// content_hash_text_state(doc).
std::string prepare_document_terms(IndexTerms& terms, FrontTermCache* cache,
                                   std::string_view lexicon_path, const Document& doc,
                                   uint64_t text_hash_state);

// Identifies the title and text a buffer was made from.
uint64_t text_fingerprint(const Document& doc);

struct PreparedDocumentTerms {
  std::string_view lexicon_path;
  uint64_t fingerprint = 0;
  uint64_t text_hash_state = 0;  // valid for the title and text the fingerprint identifies
  std::string_view title_terms;
  std::string_view text_terms;
};

// Splits a document buffer; nullopt when it is malformed (any part of it: the term sections are
// read through, so that a replay of them cannot stop half-way).
std::optional<PreparedDocumentTerms> split_prepared_document(std::string_view buffer);

// Reads a varint at `pos` and moves past it; false at a truncated one. Inline, with a fast path
// for one byte (term counts and lengths): the writer thread replays ~20 M terms.
inline bool read_varint(std::string_view in, size_t& pos, uint64_t& value) {
  if (pos < in.size() && (static_cast<unsigned char>(in[pos]) & 0x80) == 0) {
    value = static_cast<unsigned char>(in[pos++]);
    return true;
  }
  value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= in.size()) return false;
    const auto byte = static_cast<unsigned char>(in[pos++]);
    value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

// Calls emit(term, first, begin, end) for each term of a text's buffer, `first` true for the
// first term of a word. Stops when emit returns false. Returns false when the buffer is
// malformed (nothing is emitted past the damage).
template <typename Emit>
bool replay_prepared_terms(std::string_view in, Emit&& emit) {
  size_t pos = 0;
  while (pos < in.size()) {
    uint64_t begin = 0, end = 0, count = 0;
    if (!read_varint(in, pos, begin) || !read_varint(in, pos, end) ||
        !read_varint(in, pos, count)) {
      return false;
    }
    for (uint64_t i = 0; i < count; ++i) {
      uint64_t length = 0;
      if (!read_varint(in, pos, length) || length > in.size() - pos) return false;
      if (!emit(in.substr(pos, length), i == 0, begin, end)) return true;
      pos += length;
    }
  }
  return true;
}

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_PREPARED_TERMS_H_
