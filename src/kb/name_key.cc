#include "kb/name_key.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <vector>

#include <lagebild/error.h>
#include <lagebild/kb.h>

namespace lagebild::kb {
namespace {

// ICU transliterators are not documented as safe for concurrent use, so each thread gets its
// own; creating one costs a few milliseconds once per thread.
icu::Transliterator& transliterator(const char* id) {
  struct Cache {
    std::unique_ptr<icu::Transliterator> cyrillic, ascii;
  };
  thread_local Cache cache;
  auto& slot = std::string_view(id) == "Cyrillic-Latin" ? cache.cyrillic : cache.ascii;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !slot) {
      throw Error(Error::Code::kInternal, "ICU", std::string("no transliterator ") + id);
    }
  }
  return *slot;
}

bool has_cyrillic(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s[i];
    if (c >= 0x0400 && c <= 0x052F) return true;
  }
  return false;
}

// ICU's Cyrillic-Latin follows ISO 9 (ž, š, č, ŝ, â, û, ê, ï, h for х, c for ц). Rewrite it
// into the digraphs both German and English transliterations are built from, so that
// "Запоріжжя" meets "Zaporizhzhia" and "Saporischschja" after folding.
icu::UnicodeString iso9_to_digraphs(const icu::UnicodeString& latin) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString d = nfd->normalize(latin, status);
  if (U_FAILURE(status)) return latin;
  icu::UnicodeString out;
  int32_t i = 0;
  while (i < d.length()) {
    const UChar32 base = u_tolower(d.char32At(i));
    i += U16_LENGTH(d.char32At(i));
    bool caron = false, circumflex = false, diaeresis = false;
    while (i < d.length() && u_getCombiningClass(d.char32At(i)) != 0) {
      const UChar32 mark = d.char32At(i);
      caron |= mark == 0x030C;
      circumflex |= mark == 0x0302;
      diaeresis |= mark == 0x0308;
      i += U16_LENGTH(mark);
    }
    if (base == 0x02B9 || base == 0x02BA || base == '\'') continue;  // soft and hard signs
    if (caron && (base == 'z' || base == 's' || base == 'c')) {
      out.append(base).append(u'h');
    } else if (circumflex && base == 's') {
      out.append(u"shch");
    } else if (circumflex && (base == 'a' || base == 'e' || base == 'u')) {
      out.append(u'j').append(base);
    } else if (diaeresis && base == 'i') {
      out.append(u"ji");
    } else if (diaeresis && base == 'e') {
      out.append(u"jo");
    } else if (base == 'h') {
      out.append(u"kh");  // х
    } else if (base == 'c') {
      out.append(u"ts");  // ц
    } else {
      out.append(base);
    }
  }
  return out;
}

// ASCII for U+00C0..U+00FF, the same as ICU's Latin-ASCII: German and most Western European
// text never needs ICU. Empty for the two symbols (× ÷), which separate words.
constexpr std::array<std::string_view, 64> kLatin1Ascii = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Fast path of to_ascii_lower for ASCII and Latin-1 text; false if anything else occurs.
bool latin1_ascii_lower(std::string_view utf8, std::string& out) {
  out.clear();
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      continue;
    }
    if (c != 0xC3 || i + 1 >= utf8.size()) return false;
    const unsigned char d = static_cast<unsigned char>(utf8[++i]);
    if (d < 0x80 || d > 0xBF) return false;
    const std::string_view a = kLatin1Ascii[d - 0x80];
    out.append(a.empty() ? std::string_view(" ") : a);
  }
  return true;
}

// Fast path of to_lower for ASCII and Latin-1 text; false if anything else occurs.
bool latin1_lower(std::string_view utf8, std::string& out) {
  out.assign(utf8);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
      continue;
    }
    if (c != 0xC3 || i + 1 >= out.size()) return false;
    const unsigned char d = static_cast<unsigned char>(out[++i]);
    if (d < 0x80 || d > 0xBF) return false;
    if (d <= 0x9E && d != 0x97) out[i] = static_cast<char>(d + 0x20);  // À..Þ -> à..þ
  }
  return true;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

std::string to_lower(std::string_view utf8) {
  if (std::string fast; latin1_lower(utf8, fast)) return fast;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string to_ascii_lower(std::string_view utf8) {
  if (std::string fast; latin1_ascii_lower(utf8, fast)) return fast;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (has_cyrillic(u)) {
    // Word by word, so that a Latin word beside a Cyrillic one keeps its h and c.
    icu::UnicodeString mixed;
    int32_t start = 0;
    for (int32_t i = 0; i <= u.length(); ++i) {
      if (i < u.length() && !u_isspace(u[i])) continue;
      icu::UnicodeString word(u, start, i - start);
      if (has_cyrillic(word)) {
        transliterator("Cyrillic-Latin").transliterate(word);
        word = iso9_to_digraphs(word);
      }
      mixed.append(word);
      if (i < u.length()) mixed.append(u[i]);
      start = i + 1;
    }
    u = mixed;
  }
  transliterator("Latin-ASCII").transliterate(u);
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string fold_word(std::string_view w) {
  // Longest spelling first at each position. Upper-case letters are placeholders for sounds with
  // several spellings: S = sch/sh/zh (ш, ж), C = tsch/ch/kh (ч, х). Ukrainian and Russian х and ч
  // fall together because German "ch" is х while English "ch" is ч.
  auto at = [&](size_t i, std::string_view spelling) {
    return w.compare(i, spelling.size(), spelling) == 0;
  };
  std::string s;
  s.reserve(w.size() + 4);
  for (size_t i = 0; i < w.size();) {
    const char c = w[i];
    switch (c) {
      case 's':
        if (at(i, "shch")) {
          s += "SC";
          i += 4;
        } else if (at(i, "sch") || at(i, "sh")) {
          i += w[i + 1] == 'c' ? 3 : 2;
          s += 'S';
        } else {
          s += 's';
          ++i;
        }
        continue;
      case 't':
        if (at(i, "tsch")) {
          s += 'C';
          i += 4;
        } else if (at(i, "tz") || at(i, "ts")) {
          s += 's';
          i += 2;
        } else {
          s += 't';
          ++i;
        }
        continue;
      case 'z':
        s += at(i, "zh") ? 'S' : 's';
        i += at(i, "zh") ? 2 : 1;
        continue;
      case 'c':
        if (at(i, "ch")) {
          s += 'C';
          i += 2;
        } else {
          s += 'k';
          i += at(i, "ck") ? 2 : 1;
        }
        continue;
      case 'k':
        s += at(i, "kh") ? 'C' : 'k';
        i += at(i, "kh") ? 2 : 1;
        continue;
      case 'p':
        s += at(i, "ph") ? 'f' : 'p';
        i += at(i, "ph") ? 2 : 1;
        continue;
      case 'w':
        s += 'v';
        break;
      case 'x':
        s += "ks";
        break;
      case 'q':
        s += 'k';
        break;
      case 'g':
        s += 'h';
        break;
      case 'j':
      case 'y':
        // "je"/"ye" after a consonant is a palatalised e: Umjerow/Umerov, Dnjepr/Dnepr. (Not
        // "ie": German writes long i that way, and Wien must not meet Wenn.)
        if (i + 1 < w.size() && w[i + 1] == 'e' && !s.empty() && !is_vowel(s.back()) &&
            s.back() != 'i') {
          break;
        }
        s += 'i';
        break;
      default:
        s += c;
    }
    ++i;
  }
  // Doubled letters count once (Saporischschja/Zaporizhzhia). Only ASCII: bytes of a character
  // the transliteration kept ("CO₂": E2 82 82) repeat inside one character, and dropping one
  // would cut it.
  auto collapse = [](std::string& t) {
    std::string o;
    for (char c : t) {
      if (o.empty() || o.back() != c || static_cast<unsigned char>(c) >= 0x80) o.push_back(c);
    }
    t.swap(o);
  };
  collapse(s);
  std::string t = std::move(s);
  // An initial j/y/i before a vowel is the glide of я/ю/є/е: Jaroslaw/Yaroslav/Iaroslav.
  if (t.size() > 2 && t[0] == 'i' && is_vowel(t[1])) t.erase(0, 1);
  std::string out;
  for (char c : t) {
    if (c == 'S') {
      out += "sh";
    } else if (c == 'C') {
      out += "ch";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string strip_genitive(std::string_view name) {
  while (!name.empty() && (name.back() == ' ')) name.remove_suffix(1);
  if (name.size() >= 3 && name.substr(name.size() - 3) == "\xE2\x80\x99") {  // ’
    return std::string(name.substr(0, name.size() - 3));
  }
  if (!name.empty() && name.back() == '\'') return std::string(name.substr(0, name.size() - 1));
  const size_t word = name.find_last_of(" -");
  const size_t last_len = name.size() - (word == std::string_view::npos ? 0 : word + 1);
  if (last_len >= 4 && name.back() == 's') return std::string(name.substr(0, name.size() - 1));
  return {};
}

}  // namespace lagebild::kb

namespace lagebild {
namespace kb {

std::string uncached_name_key(std::string_view name) {
  const std::string ascii = kb::to_ascii_lower(name);
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out.push_back(' ');
    out += kb::fold_word(word);
    word.clear();
  };
  for (char ch : ascii) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word.push_back(ch);
    } else if (c == '\'' || c == '`') {
      // O'Brien, Kramators'k: the apostrophe joins.
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace kb

std::string normalise_name(std::string_view name) {
  // Every article asks for the keys of the same common words and names again. A small
  // direct-mapped cache per thread (16,384 slots, no allocation per entry beyond the strings)
  // answers most of them; a collision just overwrites the slot.
  struct Slot {
    std::string name, key;
    bool used = false;
  };
  thread_local std::vector<Slot> cache(size_t{1} << 14);
  uint64_t h = 14695981039346656037ull;  // FNV-1a
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  Slot& slot = cache[(h ^ (h >> 29)) & (cache.size() - 1)];
  if (slot.used && slot.name == name) return slot.key;
  slot.key = kb::uncached_name_key(name);
  slot.name.assign(name);
  slot.used = true;
  return slot.key;
}

}  // namespace lagebild
