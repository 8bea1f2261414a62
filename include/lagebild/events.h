// lagebild — events: who did what to whom, where and when, in PLOVER terms (issue 5 §3).
//
// One stage, extract_events, that runs after segmentation, entities (with the knowledge base),
// time expressions and attribution, and fills Document::events (see document.h):
//
//   - triggers: German verbs and nouns from data/de/events/ (verbs.tsv, nouns.tsv), compiled at
//     load into hash tables keyed by lower-case word forms. Verb forms are generated from the
//     infinitive (weak verbs) or from the listed stem forms (strong verbs), with separable
//     particles ("lehnte ... ab", "ablehnen", "abgelehnt", "abzulehnen"); nouns match as heads of
//     compounds ("Raketenangriffe" -> angriff). A verb may require a preposition, "sich", a
//     second actor or a kind of object in its clause ("sprechen mit", "Sanktionen verhängen").
//   - type and mode: PLOVER's 16 types; the mode from the entry, else from a cue in the compound
//     or the clause (modes.tsv: "Raketenangriff" -> missile, "Telefonat" -> phone); a cue can
//     turn SUPPORT into AID ("militärische Unterstützung").
//   - one event per trigger; a noun that is the object of a REJECT, REQUEST, AGREE, THREATEN or
//     CONCEDE verb ("ein Treffen ablehnen") is that event's content, not an event of its own,
//     and a noun of the same type as a verb in its clause ("Sanktionen verhängen") is the verb's.
//   - source and target: entity ids. An actor is a person (or a role's person), an
//     organisation, a country, or a country adjective standing for its country ("die russische
//     Armee" -> cty:RUS). The source is the subject: the first actor of the clause outside
//     prepositional phrases and genitive attributes, or the actor after "von"/"durch" in a passive
//     clause or after an event noun; the actor in a country adjective right before an event noun
//     ("russische Raketenangriffe"); a relative pronoun's antecedent; "die beiden" the two
//     participants of the paragraph's previous event; "ich"/"wir" before the trigger in a
//     sentence a named speaker says ("Wir müssen der Ukraine helfen", sagte Rutte) the speaker,
//     with a bare actor before an event noun as its recipient, and the speaker as the target
//     where the clause receives ("wir haben Unterstützung bekommen"); else the subject of the
//     previous clause. A bracket inside a phrase does not end it ("mit (dem Präsidenten) X").
//     The target: the actor after the type's prepositions (arguments.tsv: "mit X" for CONSULT,
//     "auf X" for ASSAULT, "für X" for AID), else the next actor outside prepositional phrases.
//     A target named only by a place is the place's country ("Angriff auf Kyjiw" -> cty:UKR).
//   - place: a geocoded place (KnowledgeBase::coordinates) after "in", "bei", "nahe" ...;
//   - date: the value of the nearest DATE or TIME expression of the sentence, else the article
//     date (doc.date.value), else empty;
//   - negated: "nicht", "kein" ... in the clause ("nicht nur" excluded), or "weigerte sich ...";
//   - aux: "future" ("will", "soll", "plant", "werde ... treffen", "geplante"), "hypothetical"
//     ("könnte", "würde", "falls", "mögliches"), else empty;
//   - attributed_to: the sentence's Attribution::source_key().
//
// Thread safety: EventLexicons is immutable after construction; extract_events keeps its state
// on the stack and in the Document.
#ifndef LAGEBILD_EVENTS_H_
#define LAGEBILD_EVENTS_H_

#include <memory>
#include <string>
#include <vector>

#include <lagebild/claims.h>
#include <lagebild/document.h>

namespace lagebild {

class KnowledgeBase;

// The German trigger and cue tables (data/de/events/*.tsv), loaded and compiled once.
class EventLexicons {
 public:
  struct Options {
    // Directory of the tables, relative to data_dir() unless absolute.
    std::string dir = "de/events";
  };

  // Loads every table; throws lagebild::Error (kInvalidData / kNotFound) naming FILE:LINE.
  explicit EventLexicons(const Options& options);
  EventLexicons();  // default Options
  ~EventLexicons();
  EventLexicons(const EventLexicons&) = delete;
  EventLexicons& operator=(const EventLexicons&) = delete;

  struct Tables;  // internal (src/events/lexicons.h)
  const Tables& tables() const { return *tables_; }

 private:
  std::unique_ptr<const Tables> tables_;
};

// Fills doc.events (replacing what it held), ordered by begin. Needs segment(); uses
// doc.entities, doc.roles, doc.timexes and doc.date when present. `attributions` holds one entry
// per sentence (attribute_sentences) or is empty (then attributed_to stays empty). `kb` (may be
// null) geocodes places and gives a place's country; without it no place is set.
void extract_events(Document& doc, const EventLexicons& lexicons, const ClaimLexicons& claims,
                    const std::vector<Attribution>& attributions, const KnowledgeBase* kb);

}  // namespace lagebild

#endif  // LAGEBILD_EVENTS_H_
