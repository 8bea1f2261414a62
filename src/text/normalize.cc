// normalize_text: NFC plus the removals listed in text.h, with a byte-offset map to the input.
//
// Two passes when work is needed: (1) strip invisible characters and convert CR/CRLF to LF,
// recording for each output byte its input byte; (2) ICU NFC over that with an icu::Edits record,
// which says which output bytes came from which input bytes. Composing the two maps gives
// NormalizedText::original_offset. Most news text is already NFC and clean: one byte scan with a
// per-code-point quick check decides that and returns the identity map.
#include <string>
#include <string_view>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "lagebild/error.h"
#include "lagebild/text.h"
#include "text/utf8.h"

namespace lagebild {
namespace {

// Code points normalize_text removes (see text.h for why).
bool is_stripped(char32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x2060 || cp == 0xFEFF;
}

// True when `cp` cannot change under NFC whatever surrounds it: NFC_Quick_Check = Yes and
// canonical combining class 0. Everything below U+0300 (Latin-1, Latin Extended-A/B, IPA)
// qualifies, which keeps German text on the fast path without ICU calls.
bool is_nfc_stable(char32_t cp) {
  if (cp < 0x300) return true;
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(static_cast<UChar32>(cp)) == 0;
}

// One scan: does the text need any work at all?
bool needs_work(std::string_view s, bool& needs_strip, bool& needs_nfc) {
  needs_strip = needs_nfc = false;
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == '\r') needs_strip = true;
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t n = utf8::decode(s, i, cp);
    if (n == 0) {  // invalid input: let ICU's pass decide what to do with it
      needs_nfc = true;
      ++i;
      continue;
    }
    if (is_stripped(cp)) {
      needs_strip = true;
    } else if (!is_nfc_stable(cp)) {
      needs_nfc = true;
    }
    i += n;
  }
  return needs_strip || needs_nfc;
}

// Pass 1: removals and line breaks. map[j] = input offset of out[j]; map.back() = s.size().
void strip(std::string_view s, std::string& out, std::vector<uint32_t>& map) {
  out.reserve(s.size());
  map.reserve(s.size() + 1);
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '\r') {  // CRLF -> LF (the LF maps to the CR), lone CR -> LF
      out.push_back('\n');
      map.push_back(static_cast<uint32_t>(i));
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    char32_t cp = 0;
    size_t n = b < 0x80 ? 1 : utf8::decode(s, i, cp);
    if (n == 0) {
      n = 1;  // invalid byte: copied, NFC decides
    } else if (b >= 0x80 && is_stripped(cp)) {
      i += n;
      continue;
    }
    for (size_t k = 0; k < n; ++k) {
      out.push_back(s[i + k]);
      map.push_back(static_cast<uint32_t>(i));
    }
    i += n;
  }
  map.push_back(static_cast<uint32_t>(s.size()));
}

// Pass 2: NFC with an edit record. `map_in` maps `in` to the original input; the result maps the
// NFC output to the original input. Bytes inside a changed stretch map to the stretch's start.
void to_nfc(const std::string& in, const std::vector<uint32_t>& map_in, std::string& out,
            std::vector<uint32_t>& map_out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(Error::Code::kInternal, "ICU", "no NFC normaliser");
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, &edits,
                     status);
  if (U_FAILURE(status)) {
    throw Error(Error::Code::kInvalidInput, "normalize_text",
                std::string("NFC normalisation failed: ") + u_errorName(status));
  }
  map_out.clear();
  map_out.reserve(out.size() + 1);
  icu::Edits::Iterator it = edits.getCoarseIterator();
  while (it.next(status)) {
    const auto src = static_cast<size_t>(it.sourceIndex());
    const auto dst_len = static_cast<size_t>(it.newLength());
    for (size_t k = 0; k < dst_len; ++k) {
      map_out.push_back(map_in[it.hasChange() ? src : src + k]);
    }
  }
  map_out.push_back(map_in.back());
  if (map_out.size() != out.size() + 1) {
    throw Error(Error::Code::kInternal, "normalize_text", "offset map out of step with NFC text");
  }
}

}  // namespace

uint32_t NormalizedText::to_original(uint32_t offset) const {
  if (original_offset.empty()) return offset;
  if (offset >= original_offset.size()) return original_offset.back();
  return original_offset[offset];
}

NormalizedText normalize_text(std::string_view utf8) {
  NormalizedText result;
  bool needs_strip = false;
  bool needs_nfc = false;
  if (!needs_work(utf8, needs_strip, needs_nfc)) {
    result.text.assign(utf8);
    return result;
  }
  std::string stripped;
  std::vector<uint32_t> map;
  if (needs_strip) {
    strip(utf8, stripped, map);
  } else {
    stripped.assign(utf8);
    map.resize(utf8.size() + 1);
    for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<uint32_t>(i);
  }
  if (!needs_nfc) {
    result.text = std::move(stripped);
    result.original_offset = std::move(map);
    return result;
  }
  to_nfc(stripped, map, result.text, result.original_offset);
  return result;
}

}  // namespace lagebild
