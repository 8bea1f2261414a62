// to_lower: ICU full case mapping with the German locale, with an ASCII fast path.
#include <string>
#include <string_view>

#include <unicode/bytestream.h>
#include <unicode/casemap.h>

#include "lagebild/text.h"

namespace lagebild {

std::string to_lower(std::string_view utf8) {
  std::string out(utf8);
  bool ascii = true;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  if (ascii) return out;
  out.clear();
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  icu::CaseMap::utf8ToLower("de", 0,
                            icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                            nullptr, status);
  if (U_FAILURE(status)) return std::string(utf8);  // unreadable input: leave it as it was
  return out;
}

}  // namespace lagebild
