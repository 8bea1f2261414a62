// One sentence as the events stage sees it: words, clauses, and the actors named in it with the
// preposition that governs each. Built only for sentences that hold a trigger.
#ifndef LAGEBILD_EVENTS_SENTENCE_VIEW_H_
#define LAGEBILD_EVENTS_SENTENCE_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claims/lexicons.h"
#include "claims/words.h"
#include "lagebild/claims.h"
#include "lagebild/document.h"

namespace lagebild {
class KnowledgeBase;
}

namespace lagebild::events {

struct Actor {
  size_t first = 0, last = 0;  // word indices, inclusive
  std::string id;              // person, organisation or country id
  std::string place;           // the mention's own id when it is a geocoded place, else empty
  bool person = false;
  bool derived = false;     // a country adjective: "russische", "ukrainischen"
  bool part = false;        // part of a compound word: "US" in "US-Militärhilfe"
  bool place_only = false;  // a place with no known country: a place, never an actor
  std::string prep;         // governing preposition, lower case; empty outside a PP
  bool genitive = false;    // an attribute of a noun: "Unterstützung Nordkoreas", "der Ukraine"
  size_t clause = 0;
};

struct SentenceView {
  std::vector<claims::Word> words;
  std::vector<size_t> clause_of;     // per word
  std::vector<size_t> clause_begin;  // first word of each clause; clause_begin.back() ends it
  std::vector<Actor> actors;         // ordered by first word
  size_t clause_end(size_t c) const { return clause_begin[c + 1]; }
  size_t clauses() const { return clause_begin.size() - 1; }
};

// The preposition governing the noun phrase whose head word is `head` (articles, possessives,
// adjectives, numbers and quotation marks may stand between), lower case; empty when none.
std::string_view governing_prep(const std::vector<claims::Word>& w, size_t head,
                                const ClaimLexicons::Tables& t);

// Words of `sentence`, split into clauses at , ; : dashes and brackets, and its actors from
// doc.entities and doc.roles. Actors inside an "according to" phrase of `attribution` are left
// out (they say, they do not act). `kb` (may be null) maps places to their countries.
SentenceView view_sentence(const Document& doc, const Sentence& sentence,
                           std::vector<claims::Word> words, const ClaimLexicons::Tables& claims,
                           const KnowledgeBase* kb, const Attribution* attribution);

}  // namespace lagebild::events

#endif  // LAGEBILD_EVENTS_SENTENCE_VIEW_H_
