// Turns what a user types into an FTS5 MATCH expression that can never be a syntax error.
#ifndef LAGEBILD_STORE_SEARCH_QUERY_H_
#define LAGEBILD_STORE_SEARCH_QUERY_H_

#include <string>
#include <string_view>

namespace lagebild::store {

// User syntax: whitespace-separated words, all required (AND); "double quotes" around words
// make a phrase (an unclosed quote runs to the end); the word OR, in capitals, between two terms
// makes either suffice (a OR b c = (a OR b) AND c). Every term becomes an FTS5 string literal, so
// FTS5 operators, column filters, '*', '^', parentheses and stray quotes in the input mean
// nothing. Terms without any letter or digit are dropped. Returns "" when nothing is left.
std::string to_fts5_query(std::string_view user_query);

}  // namespace lagebild::store

#endif  // LAGEBILD_STORE_SEARCH_QUERY_H_
