// lagebild — claims: quantities ("mehr als 10.000 nordkoreanische Soldaten") and who says them.
//
// Two stages that run after segmentation (text.h) and, when present, after the entity and time
// stages, whose layers they use but do not need:
//
//   attribute_sentences(doc, lexicons)  -> one Attribution per sentence: who says it, and why
//                                          we think so. Reusable by any stage that reports
//                                          claims (events use it for Event::attributed_to).
//   extract_quantities(doc, lexicons)   -> fills doc.quantities, each with its source taken
//                                          from its sentence's Attribution.
//
// Quantities (Document::quantities, see document.h):
//   - numbers in digits with German separators (10.000; 36,9; 1.234,5) and in words (zwölf,
//     einundzwanzig, dreihundert, zweieinhalb, anderthalb); scaled by Million/Mio./Milliarde/Mrd.;
//     vague plurals (Dutzende, Hunderte, Tausende, Zehntausende) get the round number as value
//     and approx MORE_THAN; fractions (ein Drittel, zwei Drittel, die Hälfte) get unit "Anteil".
//   - ranges "zwischen 10 und 20", "10 bis 20", "von 10 bis 20" and ratios "37 von 90",
//     "vier von insgesamt sechs": value is the first number, upper the second (for a ratio, the
//     whole). A multiplier or unit after the second number applies to both.
//   - approximators before the number (data/de/claims/approximators.tsv): mehr als, über ->
//     MORE_THAN; rund, etwa, ca. -> APPROX; fast, knapp, weniger als -> LESS_THAN; bis zu ->
//     AT_MOST; mindestens -> AT_LEAST.
//   - units and currencies after the number, symbols also before it (units.tsv); the canonical
//     unit ("US-Dollar", "Euro", "Prozent", "km", "t") goes into Quantity::unit.
//   - the span covers approximator + number(s) + multiplier + unit, never the counted thing.
//   - counted: the noun phrase the number counts, as written (inflected, without article):
//     "10.000 nordkoreanische Soldaten" -> "nordkoreanische Soldaten"; "37 von 90 Drohnen der
//     russischen Streitkräfte" -> "Drohnen" (genitive attributes are left out); an extended
//     attribute is skipped ("10.000 in den Osten geschickten Nordkoreaner" -> "Nordkoreaner").
//     A money amount "im Wert von" / "in Höhe von" counts the noun phrase before that phrase
//     ("Militärhilfe im Wert von 500 Millionen Dollar" -> "Militärhilfe"): the thing that is
//     worth the amount; likewise "ein Umsatz von 12 Mrd. Euro" -> "Umsatz". A percentage or
//     fraction counts its genitive ("20 Prozent des Staatsgebiets" -> "Staatsgebiets"). An amount
//     in brackets right after another one ("36,9 Milliarden US-Dollar (33,76 Mrd. Euro)") is a
//     conversion: it shares counted and approx.
//   - skipped: years ("im Jahr 2024", "seit 2014"), dates and times ("5.9.2025", "23.30 Uhr",
//     "zwischen 17 und 23 Uhr"), durations and ages ("14 Monate", "18-Jährige": the time tagger
//     owns them, and any number inside a DATE/TIME/DURATION/SET timex is left alone), ordinals
//     ("2. Juli"), phone-like digit strings ("0171 ..."), numbers inside names ("F-16", "Su-25",
//     "G20", or inside an entity span), labels after a name ("Nord Stream 1", "Artikel 5"), and
//     "ein/eine" as an article.
//
// Attribution (per sentence), in order of precedence:
//   1. a cue in the sentence itself, outside quotation marks:
//      - a speech or report verb (speech_verbs.tsv): "X sagte, ...", "..., sagte X", "..., teilte
//        X mit", "wie X mitteilte"; "so X" closing the sentence;
//      - "nach Angaben von X / des X / Xs", "nach eigenen Angaben" (the sentence's subject),
//        "nach US-Angaben" (-> USA), "nach ukrainischen Angaben" (-> Ukraine), "laut X",
//        "laut Angaben des X", "X zufolge" (report_nouns.tsv, source_prefixes.tsv);
//      - "hieß es" / "heißt es": a cue without a named source, which continues as in 3.
//   2. a quotation spanning several sentences takes the speaker named in any of them
//      („Wir müssen mehr tun. Wir müssen ...“, sagte Rutte);
//   3. a sentence in reported speech (a subjunctive verb: seien, hätten, werde, ...) or an
//      impersonal cue continues the attribution of the sentence before it, in the same paragraph;
//      a personal pronoun as source ("sagte er") takes the previous source as well;
//   4. an agency tag closing the paragraph ("(dpa)", "(afp)", "(rtr)" -> dpa, AFP, Reuters) or
//      opening the article ("Berlin (dpa) -") is the fallback source.
// The source is an entity id when an entity (or a role's person) lies in the source's span —
// a person first, then an organisation, then the entity at the head of the phrase — and the
// source's text otherwise.
//
// Thread safety: ClaimLexicons is immutable after construction and may be shared by any number
// of threads; the two functions keep their state in the Document and on the stack.
#ifndef LAGEBILD_CLAIMS_H_
#define LAGEBILD_CLAIMS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <lagebild/document.h>

namespace lagebild {

// The German word lists the claims stages read (data/de/claims/*.tsv), loaded once.
class ClaimLexicons {
 public:
  struct Options {
    // Directory of the lexicon files, relative to data_dir() unless absolute. A directory of its
    // own so that a domain expert can review every word list of this stage in one place.
    std::string dir = "de/claims";
  };

  // Loads every file; throws lagebild::Error (kInvalidData / kNotFound) naming FILE:LINE.
  explicit ClaimLexicons(const Options& options);
  ClaimLexicons();  // default Options
  ~ClaimLexicons();
  ClaimLexicons(const ClaimLexicons&) = delete;
  ClaimLexicons& operator=(const ClaimLexicons&) = delete;

  struct Tables;  // internal (src/claims/lexicons.h)
  const Tables& tables() const { return *tables_; }

 private:
  std::unique_ptr<const Tables> tables_;
};

// Who says what a sentence says.
struct Attribution {
  enum class Cue : uint8_t {
    kNone,            // no source found
    kSpeechVerb,      // sagte, teilte ... mit, erklärte, so X
    kAccordingTo,     // nach Angaben von X, nach US-Angaben, laut X, X zufolge
    kQuotation,       // inside a quotation whose speaker is named in a neighbouring sentence
    kReportedSpeech,  // subjunctive or "hieß es": continues the previous sentence's source
    kAgency,          // the paragraph's agency tag, "(dpa)"
  };

  Span sentence;  // the sentence this is about
  Span cue;       // the cue words in the sentence (the verb, "nach Angaben", "(dpa)")
  Cue kind = Cue::kNone;
  Span source;              // where the source is named; may lie in an earlier sentence; empty
                            // (0,0) when the source was not named (a mapped prefix still counts)
  std::string source_id;    // entity id (or role person id) of the source, else empty
  std::string source_text;  // the source as text: "Außenamtssprecher Vedant Patel", "USA", "dpa"
  bool reported_speech = false;  // the sentence is in the subjunctive of reported speech

  // What Quantity::source and Event::attributed_to hold: the id if there is one, else the text.
  const std::string& source_key() const { return source_id.empty() ? source_text : source_id; }
};

// One Attribution per doc.sentences entry, in the same order. Needs segment() to have run;
// uses doc.entities and doc.roles when present.
std::vector<Attribution> attribute_sentences(const Document& doc, const ClaimLexicons& lexicons);

// Fills doc.quantities (replacing what it held), ordered by begin, each with its source.
void extract_quantities(Document& doc, const ClaimLexicons& lexicons);

// The same with attributions already computed (one per sentence), so that a pipeline that also
// needs them for events computes them once.
void extract_quantities(Document& doc, const ClaimLexicons& lexicons,
                        const std::vector<Attribution>& attributions);

}  // namespace lagebild

#endif  // LAGEBILD_CLAIMS_H_
