// The events stage's tables in memory (data/de/events/*.tsv; the files say what each holds).
#ifndef LAGEBILD_EVENTS_LEXICONS_H_
#define LAGEBILD_EVENTS_LEXICONS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims/word_filter.h"
#include "core/flat_string_map.h"
#include "lagebild/events.h"

namespace lagebild {

// String-keyed lexicons looked up by string_view for words of the text (core/flat_string_map.h).
template <typename V>
using EventStringMap = FlatStringMap<V>;

// Keys are lower case (claims::fold_case). Immutable once loaded.
struct EventLexicons::Tables {
  enum class Form : uint8_t { kFinite, kInfinitive, kParticiple };

  struct Condition {
    enum class Kind : uint8_t { kPrep, kRefl, kActors, kPersons, kObject };
    Kind kind = Kind::kPrep;
    std::vector<std::string> words;  // kPrep: one word; kObject: noun beginnings or ends
  };

  struct Verb {
    std::string infinitive;         // without the "|"
    std::string type, mode;         // mode empty when "-"
    std::string particle;           // separable particle, or empty
    std::vector<Condition> any_of;  // empty: no condition
    bool inverse = false;           // the subject is the recipient ("X empfing Y")
  };

  struct VerbForm {
    uint16_t verb = 0;  // index into verbs
    Form form = Form::kFinite;
    bool needs_particle = false;  // "lehnte" needs "ab" later in its clause
  };

  struct Noun {
    std::string form;  // the matched base form ("angriff")
    std::string type, mode;
    bool needs_modifier = false;
  };

  struct ModeCue {
    std::string cue, type, mode, new_type;  // new_type empty when "-"
  };

  enum CueBit : uint16_t {
    kNegation = 1 << 0,
    kRefuse = 1 << 1,
    kFutureAux = 1 << 2,
    kFuture = 1 << 3,
    kHypothetical = 1 << 4,
    kFutureAttr = 1 << 5,
    kHypotheticalAttr = 1 << 6,
    kPassive = 1 << 7,
    kPair = 1 << 8,
    kRelative = 1 << 9,
    kNotTrigger = 1 << 10,
    kDeterminerForm = 1 << 11,
    kFirstPersonForm = 1 << 12,
    kSubordinator = 1 << 13,
  };

  std::vector<Verb> verbs;
  EventStringMap<std::vector<VerbForm>> verb_forms;
  std::vector<Noun> nouns;
  EventStringMap<uint16_t> noun_forms;  // base form -> index into nouns
  std::vector<uint32_t> noun_lengths;   // distinct byte lengths of noun_forms, longest first
  // Last three bytes of every noun form: a cheap filter before the suffix lookups.
  std::unordered_set<uint32_t> noun_tails;
  // Bloom filters (claims/word_filter.h) over noun_tails (as three-byte strings) and over
  // verb_forms' keys: most words are neither, and fail here without a hash-table lookup.
  claims::WordFilter noun_tail_filter, verb_form_filter, cue_filter;
  std::vector<ModeCue> mode_cues;
  EventStringMap<uint16_t> cues;                          // word -> CueBit set
  EventStringMap<std::vector<std::string>> target_preps;  // type -> prepositions, best first
  std::unordered_set<std::string> agent_preps;
  std::unordered_set<std::string> giver_preps;
  std::unordered_set<std::string> place_preps;

  const std::vector<VerbForm>* verb_form(std::string_view lower) const;
  uint16_t cue(std::string_view lower) const;
  // The noun entry `lower` (a capitalised word, lower-cased) matches, as itself or as the head
  // of a compound, after regular endings are stripped; *head_begin receives the byte offset in
  // `lower` where the matched head starts (0 for the noun itself). Null when none matches.
  const Noun* noun(std::string_view lower, size_t* head_begin) const;
};

// Every form of a verb line: exposed for tests. `forms` is the file's fourth column split at
// commas (empty for weak verbs).
struct GeneratedForm {
  std::string text;
  EventLexicons::Tables::Form form;
  bool needs_particle;
};
std::vector<GeneratedForm> generate_verb_forms(const std::string& verb_with_bar,
                                               const std::vector<std::string>& forms);

}  // namespace lagebild

#endif  // LAGEBILD_EVENTS_LEXICONS_H_
