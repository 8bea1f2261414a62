// Name keys for matching: normalise_name() (declared in lagebild/kb.h) and its helpers.
#ifndef LAGEBILD_KB_NAME_KEY_H_
#define LAGEBILD_KB_NAME_KEY_H_

#include <string>
#include <string_view>

namespace lagebild::kb {

// normalise_name without its per-thread cache, for callers that keep their own.
std::string uncached_name_key(std::string_view name);

// Folds one ASCII lower-case word (no separators) to its key: German and English
// transliteration conventions collapse (sch/sh/zh, tsch/ch, w/v, z/ts/s, j/y/i, g/h, kh/ch).
std::string fold_word(std::string_view ascii_word);

// Latin script, lower case, ASCII where a letter has an ASCII base ("Київ" -> "kijiv",
// "Łódź" -> "lodz", "Außenminister" -> "aussenminister"). Characters without an ASCII form
// (CJK, Arabic) are kept as UTF-8.
std::string to_ascii_lower(std::string_view utf8);

// UTF-8 lower case (ICU root locale): "Außenministerin" -> "außenministerin".
std::string to_lower(std::string_view utf8);

// The name without a German genitive ending on its last word ("Selenskyjs" -> "Selenskyj",
// "Kallas'" -> "Kallas"), or empty when it has none that could be one.
std::string strip_genitive(std::string_view name);

}  // namespace lagebild::kb

#endif  // LAGEBILD_KB_NAME_KEY_H_
