#include "store/front_term_cache.h"

#include <bit>
#include <cstring>

namespace lagebild::store {

FrontTermCache::FrontTermCache(TermCache& shared, size_t slots)
    : shared_(shared),
      mask_(std::bit_ceil(slots < 2 ? size_t{2} : slots) - 1),
      slots_(std::make_unique<Slot[]>(mask_ + 1)) {}

void FrontTermCache::append_encoded_terms(std::string_view word, IndexTerms& terms,
                                          std::string& out) {
  append_encoded_terms(word, TermCache::hash(word), terms, out);
}

void FrontTermCache::append_encoded_terms(std::string_view word, uint64_t hash, IndexTerms& terms,
                                          std::string& out) {
  const uint32_t tag = static_cast<uint32_t>(hash >> 32) | 1;
  Slot& slot = slots_[hash & mask_];
  if (slot.tag == tag && slot.word_bytes == word.size() &&
      std::memcmp(slot.bytes, word.data(), word.size()) == 0) {
    out.append(slot.bytes + slot.word_bytes, slot.terms_bytes);
    return;
  }
  const size_t start = out.size();
  shared_.append_encoded_terms(word, hash, terms, out);
  const size_t terms_bytes = out.size() - start;
  if (word.size() + terms_bytes > kSlotBytes) return;  // too long for a slot: stays shared
  // The last word met wins the slot: the frequent ones keep coming back to it.
  slot.tag = tag;
  slot.word_bytes = static_cast<uint8_t>(word.size());
  slot.terms_bytes = static_cast<uint8_t>(terms_bytes);
  std::memcpy(slot.bytes, word.data(), word.size());
  std::memcpy(slot.bytes + word.size(), out.data() + start, terms_bytes);
}

}  // namespace lagebild::store
