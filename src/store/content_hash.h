// The content hash that makes writes idempotent.
#ifndef LAGEBILD_STORE_CONTENT_HASH_H_
#define LAGEBILD_STORE_CONTENT_HASH_H_

#include <string>

#include "lagebild/document.h"

namespace lagebild::store {

// 16 hex digits (64-bit FNV-1a) over everything the store keeps of a document except its id and
// provenance: title, text, date (value, origin, range, confidence, evidence), metadata, and the
// stored layers (paragraphs, sentences, token count, entities, roles, timexes, quantities,
// events). The same article read again, from any file,
// hashes the same and is skipped; a corrected text or a better analysis hashes differently and
// replaces the stored version. 64 bits suffice: the hash is only compared with the one stored
// version of the same id, never used to find duplicates across ids.
std::string content_hash(const Document& doc);

// The hash in two steps, for a writer that must not spend its time on the text: the state after
// the title and the text (nearly all the bytes), computed ahead on any thread, and the hash of
// `doc` finished from that state. content_hash(doc, content_hash_text_state(doc)) ==
// content_hash(doc); a state made from another title or text gives another hash.
uint64_t content_hash_text_state(const Document& doc);
std::string content_hash(const Document& doc, uint64_t text_state);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_CONTENT_HASH_H_
