#include "store/prepared_terms.h"

#include <array>
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

void append_prepared_terms(IndexTerms& terms, FrontTermCache* cache, std::string_view text,
                           std::string& out) {
  if (cache == nullptr) {
    for_each_word(text, [&](size_t begin, size_t end) {
      append_varint(begin, out);
      append_varint(end, out);
      encode_word_terms(terms.document_terms(text.substr(begin, end - begin)), out);
    });
    return;
  }
  // Two passes over each run of words: find and hash the words, asking for their front-cache
  // slots at once; then look them up, by now mostly without waiting for memory (the slots of a
  // run fit the CPU cache, the whole table does not).
  struct Word {
    size_t begin;
    size_t end;
    uint64_t hash;
  };
  constexpr size_t kRun = 256;
  std::array<Word, kRun> run;
  size_t n = 0;
  auto look_up = [&] {
    for (size_t i = 0; i < n; ++i) {
      const Word& word = run[i];
      append_varint(word.begin, out);
      append_varint(word.end, out);
      cache->append_encoded_terms(text.substr(word.begin, word.end - word.begin), word.hash, terms,
                                  out);
    }
    n = 0;
  };
  for_each_word(text, [&](size_t begin, size_t end) {
    const uint64_t hash = TermCache::hash(text.substr(begin, end - begin));
    cache->prefetch(hash);
    run[n++] = {begin, end, hash};
    if (n == kRun) look_up();
  });
  look_up();
}

uint64_t text_fingerprint(const Document& doc) {
  const std::hash<std::string_view> hash;
  const uint64_t title = doc.title ? hash(*doc.title) * 0x9E3779B97F4A7C15ULL : 1;
  return title ^ hash(doc.text);
}

std::string prepare_document_terms(IndexTerms& terms, FrontTermCache* cache,
                                   std::string_view lexicon_path, const Document& doc,
                                   uint64_t text_hash_state) {
  std::string out;
  // About 1.5 bytes of terms per byte of text: one reservation instead of a dozen regrowths.
  out.reserve(16 + lexicon_path.size() + (doc.text.size() * 3) / 2);
  append_bytes(lexicon_path, out);
  append_varint(text_fingerprint(doc), out);
  append_varint(text_hash_state, out);
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
      !read_varint(buffer, pos, out.text_hash_state) || !read_bytes(buffer, pos, out.title_terms)) {
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
