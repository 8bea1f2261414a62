// Surface properties of one token that the NER features and the corpus statistics need:
// lower case, word shape, code-point prefixes and suffixes, capitalisation.
#ifndef LAGEBILD_NER_WORD_FORM_H_
#define LAGEBILD_NER_WORD_FORM_H_

#include <string>
#include <string_view>

namespace lagebild::ner {

// Unicode simple lower case (ICU u_tolower per code point): "US-Außenminister" ->
// "us-außenminister".
std::string to_lower(std::string_view word);

// Word shape with runs collapsed, as in the CoNLL-2003 feature sets: upper -> X, lower -> x,
// digit -> d, other characters kept ("US-Außenminister" -> "X-Xx", "5.9.2025" -> "d.d.d").
std::string short_shape(std::string_view word);

// Word shape with runs of the same class kept up to four characters ("Xxxx", "XX-Xxxx", "dd.dd").
std::string long_shape(std::string_view word);

// The first / last `n` code points of `word` (the whole word when it is shorter).
std::string_view prefix_code_points(std::string_view word, int n);
std::string_view suffix_code_points(std::string_view word, int n);

// Number of code points.
int code_point_length(std::string_view word);

// True when the first code point is an upper-case letter (Unicode general category Lu or Lt).
bool starts_upper(std::string_view word);

// True when the word has a letter and no lower-case letter ("NATO", "US", "CDU/CSU").
bool all_upper(std::string_view word);

// True when the first code point is a letter.
bool starts_letter(std::string_view word);

}  // namespace lagebild::ner

#endif  // LAGEBILD_NER_WORD_FORM_H_
