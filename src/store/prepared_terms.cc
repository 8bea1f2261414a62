#include "store/prepared_terms.h"

#include <functional>

#include "store/front_term_cache.h"
#include "store/term_cache.h"

namespace lagebild::store {
namespace {

void append_bytes(std::string_view bytes, std::string& out) {
  append_varint(bytes.size(), out);
  out.append(bytes);
}

bool read_bytes(std::string_view in, size_t& pos, std::string_view& bytes) {
  uint64_t length = 0;
  if (!read_varint(in, pos, length) || length > in.size() - pos) return false;
  bytes = in.substr(pos, length);
  pos += length;
  return true;
}

}  // namespace

bool read_varint(std::string_view in, size_t& pos, uint64_t& value) {
  value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= in.size()) return false;
    const auto byte = static_cast<unsigned char>(in[pos++]);
    value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

void append_prepared_terms(IndexTerms& terms, FrontTermCache* cache, std::string_view text,
                           std::string& out) {
  for_each_word(text, [&](size_t begin, size_t end) {
    const std::string_view word = text.substr(begin, end - begin);
    append_varint(begin, out);
    append_varint(end, out);
    if (cache != nullptr) {
      cache->append_encoded_terms(word, terms, out);
    } else {
      encode_word_terms(terms.document_terms(word), out);
    }
  });
}

uint64_t text_fingerprint(const Document& doc) {
  const std::hash<std::string_view> hash;
  const uint64_t title = doc.title ? hash(*doc.title) * 0x9E3779B97F4A7C15ULL : 1;
  return title ^ hash(doc.text);
}

std::string prepare_document_terms(IndexTerms& terms, FrontTermCache* cache,
                                   std::string_view lexicon_path, const Document& doc) {
  std::string out;
  // About 1.5 bytes of terms per byte of text: one reservation instead of a dozen regrowths.
  out.reserve(16 + lexicon_path.size() + (doc.text.size() * 3) / 2);
  append_bytes(lexicon_path, out);
  append_varint(text_fingerprint(doc), out);
  std::string title;
  if (doc.title) append_prepared_terms(terms, cache, *doc.title, title);
  append_bytes(title, out);
  append_prepared_terms(terms, cache, doc.text, out);
  return out;
}

std::optional<PreparedDocumentTerms> split_prepared_document(std::string_view buffer) {
  PreparedDocumentTerms out;
  size_t pos = 0;
  if (!read_bytes(buffer, pos, out.lexicon_path) || !read_varint(buffer, pos, out.fingerprint) ||
      !read_bytes(buffer, pos, out.title_terms)) {
    return std::nullopt;
  }
  out.text_terms = buffer.substr(pos);
  auto accept = [](std::string_view, bool, uint64_t, uint64_t) { return true; };
  if (!replay_prepared_terms(out.title_terms, accept) ||
      !replay_prepared_terms(out.text_terms, accept)) {
    return std::nullopt;
  }
  return out;
}

}  // namespace lagebild::store
