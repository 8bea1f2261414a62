// Noun-phrase heuristics shared by the quantity and attribution rules. German capitalises nouns,
// so a phrase is found without a part-of-speech tagger: inflected lower-case adjectives, then a
// capitalised word that is not a function word. Cheap, and right for news prose.
#ifndef LAGEBILD_CLAIMS_NOUN_PHRASE_H_
#define LAGEBILD_CLAIMS_NOUN_PHRASE_H_

#include <optional>
#include <vector>

#include "claims/lexicons.h"
#include "claims/words.h"

namespace lagebild::claims {

// Word indices [first, last], inclusive.
struct WordRange {
  size_t first = 0;
  size_t last = 0;
};

// An inflected adjective or participle in attributive position: lower case, not a function word,
// ending in -e, -en, -er, -es or -em ("nordkoreanische", "russischen", "geschickten").
bool is_adjective_like(const Word& w, const ClaimLexicons::Tables& t);

// A capitalised word that is not a function word, number word or unit: a noun or a name.
bool is_noun_like(const Word& w, const ClaimLexicons::Tables& t);

// The thing counted by a number that ends before word `i`: adjectives and a noun starting at i
// ("nordkoreanische Soldaten"), a truncated compound pair ("Industrie- und Schwellenländer"),
// or after an extended attribute ("in den Osten Russlands geschickten Nordkoreaner" ->
// "Nordkoreaner"). Genitive attributes are left out.
std::optional<WordRange> counted_phrase(const std::vector<Word>& w, size_t i,
                                        const ClaimLexicons::Tables& t);

// A noun with its adjectives that ENDS at word `last` ("militärische Hilfe" before "im Wert").
std::optional<WordRange> phrase_ending_at(const std::vector<Word>& w, size_t last,
                                          const ClaimLexicons::Tables& t);

// The phrase naming a speaker that starts at word `i`, articles and leading adverbs skipped:
// "der ukrainische Armeesprecher Wladyslaw Woloschyn", "Direktor des britischen Geheimdienstes
// GCHQ, Jeremy Fleming", "die Stadtverwaltung von Kyjiw". Needs at least one capitalised word.
// Sets *pronoun (when given) if the phrase is a personal pronoun ("er", "sie").
std::optional<WordRange> speaker_phrase(const std::vector<Word>& w, size_t i,
                                        const ClaimLexicons::Tables& t, bool* pronoun = nullptr);

}  // namespace lagebild::claims

#endif  // LAGEBILD_CLAIMS_NOUN_PHRASE_H_
