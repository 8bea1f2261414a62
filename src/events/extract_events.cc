// extract_events: triggers, then for each one its type, mode, actors, place, date, negation and
// auxiliary mode. The rules are documented in include/lagebild/events.h.
#include <algorithm>
#include <array>

#include "claims/lexicons.h"
#include "claims/noun_phrase.h"
#include "claims/words.h"
#include "events/lexicons.h"
#include "events/sentence_view.h"
#include "lagebild/events.h"
#include "lagebild/kb.h"

namespace lagebild {
namespace {

using Tables = EventLexicons::Tables;
using claims::Word;
using events::Actor;
using events::SentenceView;

bool starts_with(std::string_view s, std::string_view start) {
  return s.size() >= start.size() && s.compare(0, start.size(), start) == 0;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Types whose object names what is refused, requested, agreed or threatened: an event noun there
// is the content of the verb's event, not an event of its own ("ein Treffen ablehnen").
bool absorbs_nouns(const std::string& type) {
  return type == "REJECT" || type == "REQUEST" || type == "AGREE" || type == "THREATEN" ||
         type == "CONCEDE";
}

struct Trigger {
  size_t word = 0;
  const Tables::Verb* verb = nullptr;
  bool finite = false, infinitive = false, participle = false;
  const Tables::Noun* noun = nullptr;
  size_t head_begin = 0;  // where the noun's head starts in the word (compounds)
  std::string type, mode;
  bool dropped = false;
  const Trigger* merged = nullptr;  // a noun of the same type folded into this verb
};

// Symmetric events: in "X und Y einigten sich", Y is the other party.
bool symmetric(const std::string& type) {
  return type == "CONSULT" || type == "AGREE" || type == "SUPPORT" || type == "COOPERATE";
}

// A noun the verb's event absorbs is its object: bare, or after one of these prepositions
// ("drohte mit Angriffen", "bereit zu einem Gespräch"); one after "bei", "nach", "in" ... is a
// circumstance ("bei Gesprächen in Dschidda", "nach der Tötung").
bool object_prep(std::string_view prep) {
  return prep.empty() || prep == "zu" || prep == "zum" || prep == "zur" || prep == "mit" ||
         prep == "um" || prep == "auf" || prep == "über" || prep == "für";
}

// What extract_events carries from sentence to sentence.
struct DocState {
  size_t paragraph = 0;
  std::string last_person;          // for "er"/"sie" as subject
  size_t last_person_sentence = 0;  // where it was named
  // The paragraph's last event, for "die beiden".
  std::string last_source, last_target;
  size_t last_event_paragraph = SIZE_MAX;
};

class SentenceEvents {
 public:
  SentenceEvents(const Document& doc, const Tables& t, const ClaimLexicons::Tables& ct,
                 const SentenceView& v, size_t sentence_index, DocState& state,
                 const Attribution* attribution)
      : doc_(doc),
        t_(t),
        ct_(ct),
        v_(v),
        w_(v.words),
        s_(sentence_index),
        st_(state),
        attribution_(attribution) {}

  void run(std::vector<Trigger>& triggers, std::vector<Event>& out) {
    const std::string attributed =
        attribution_ != nullptr ? attribution_->source_key() : std::string();
    for (auto& tr : triggers) check_trigger(tr);
    resolve_overlaps(triggers);
    for (const auto& tr : triggers) {
      if (tr.dropped) continue;
      Event e;
      e.begin = w_[tr.word].span.begin;
      e.end = w_[tr.word].span.end;
      e.type = tr.type;
      e.mode = tr.mode;
      if (tr.verb != nullptr) {
        verb_arguments(tr, e);
      } else {
        noun_arguments(tr, e);
      }
      const Actor* place = place_for(tr, e);
      if (place != nullptr) e.place = place->place;
      if (e.target == e.source) e.target.clear();
      // An attack on a place is an attack on the country it lies in ("Angriff auf Charkiw").
      if (e.type == "ASSAULT" && e.target.empty() && place != nullptr && place->id != e.source &&
          !place->place_only && place->clause == clause_of(tr.word)) {
        e.target = place->id;
      }
      e.date = date_for(tr);
      e.negated = negated(tr);
      e.aux = aux_for(tr);
      e.attributed_to = attributed;
      st_.last_source = e.source;
      st_.last_target = e.target;
      st_.last_event_paragraph = st_.paragraph;
      out.push_back(std::move(e));
    }
    for (const auto& a : v_.actors) {
      if (a.person) {
        st_.last_person = a.id;
        st_.last_person_sentence = s_;
      }
    }
  }

 private:
  size_t clause_of(size_t i) const { return v_.clause_of[i]; }
  size_t cbegin(size_t c) const { return v_.clause_begin[c]; }
  size_t cend(size_t c) const { return v_.clause_end(c); }

  bool clause_has(size_t c, std::string_view lower) const {
    for (size_t k = cbegin(c); k < cend(c); ++k) {
      if (w_[k].lower == lower) return true;
    }
    return false;
  }

  // The last word of the clause, closing punctuation and quotation marks skipped.
  size_t clause_last_word(size_t c) const {
    size_t k = cend(c);
    while (k > cbegin(c) && (w_[k - 1].kind == TokenKind::kPunctuation || w_[k - 1].quote_mark)) {
      --k;
    }
    return k == cbegin(c) ? cbegin(c) : k - 1;
  }

  size_t actors_in_clause(size_t c) const {
    size_t n = 0;
    for (const auto& a : v_.actors) n += a.clause == c && !a.part;
    return n;
  }

  bool condition_holds(const Tables::Condition& cond, size_t c) const {
    using Kind = Tables::Condition::Kind;
    switch (cond.kind) {
      case Kind::kPrep:
        return clause_has(c, cond.words[0]);
      case Kind::kRefl:
        return clause_has(c, "sich");
      case Kind::kActors:
        return actors_in_clause(c) >= 2;
      case Kind::kPersons: {
        size_t n = 0;
        for (const auto& a : v_.actors) n += a.clause == c && a.person;
        return n >= 2;
      }
      case Kind::kObject:
        for (size_t k = cbegin(c); k < cend(c); ++k) {
          if (!w_[k].upper) continue;
          for (const auto& word : cond.words) {
            if (w_[k].lower.find(word) != std::string::npos) return true;
          }
        }
        return false;
    }
    return false;
  }

  // Conditions, particles and modes; drops what fails.
  void check_trigger(Trigger& tr) {
    const size_t c = clause_of(tr.word);
    if (tr.verb != nullptr) {
      const auto& conds = tr.verb->any_of;
      bool ok = conds.empty();
      for (const auto& cond : conds) ok = ok || condition_holds(cond, c);
      if (!ok) {
        tr.dropped = true;
        return;
      }
      tr.type = tr.verb->type;
      tr.mode = tr.verb->mode;
      if (tr.mode.empty()) mode_from_clause(tr);
      return;
    }
    tr.type = tr.noun->type;
    tr.mode = tr.noun->mode;
    bool from_modifier = false;
    if (tr.head_begin > 0) {
      from_modifier = apply_cue(tr, std::string_view(w_[tr.word].lower).substr(0, tr.head_begin));
    }
    if (!from_modifier && tr.word > 0 && claims::is_adjective_like(w_[tr.word - 1], ct_)) {
      from_modifier = apply_cue(tr, w_[tr.word - 1].lower);
    }
    if (tr.noun->needs_modifier && !from_modifier) {
      tr.dropped = true;
      return;
    }
    // Topics of talks and reports are not events: "beriet über weitere Hilfen".
    if (events::governing_prep(w_, tr.word, ct_) == "über") {
      tr.dropped = true;
      return;
    }
    if (tr.mode.empty()) mode_from_clause(tr);
  }

  // Applies the first mode cue of the trigger's type that `word` begins with. A cue that
  // changes the type (SUPPORT -> AID) also sets the mode. True when one applied.
  bool apply_cue(Trigger& tr, std::string_view word) {
    const Tables::ModeCue* cue = find_cue(tr.type, word);
    if (cue == nullptr) return false;
    if (!cue->new_type.empty()) {
      tr.type = cue->new_type;
      tr.mode = cue->mode;
    } else if (tr.mode.empty()) {
      tr.mode = cue->mode;
    }
    return true;
  }

  const Tables::ModeCue* find_cue(const std::string& type, std::string_view word) const {
    // "ATACMS-Raketen": the part after the last hyphen counts as well.
    const size_t hyphen = word.rfind('-');
    const std::string_view tail = hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
    for (const auto& cue : t_.mode_cues) {
      if (cue.type != type) continue;
      const std::string_view c = cue.cue;
      // The cue begins the word, or heads it ("Kampfdrohnen" ends in "drohne" + "n").
      const bool heads = word.size() > c.size() + 2 &&
                         (ends_with(word, c) ||
                          (ends_with(word.substr(0, word.size() - 1), c) && word.back() == 'n') ||
                          (ends_with(word.substr(0, word.size() - 2), c) && ends_with(word, "en")));
      if (!starts_with(word, c) && !starts_with(tail, c) && !heads) continue;
      return &cue;
    }
    return nullptr;
  }

  // The nearest word of the clause (actors' names and the trigger excluded) with a mode cue.
  void mode_from_clause(Trigger& tr) {
    const size_t c = clause_of(tr.word);
    std::vector<bool> in_actor(cend(c) - cbegin(c), false);
    for (const auto& a : v_.actors) {
      for (size_t k = a.first; k <= a.last; ++k) {
        if (k >= cbegin(c) && k < cend(c)) in_actor[k - cbegin(c)] = true;
      }
    }
    for (size_t d = 1; d < cend(c) - cbegin(c); ++d) {
      for (size_t k : {tr.word + d, tr.word - d}) {  // tr.word - d wraps past cend when d > word
        if (k < cbegin(c) || k >= cend(c)) continue;
        if (in_actor[k - cbegin(c)] || w_[k].kind != TokenKind::kWord) continue;
        // What a meeting or an agreement is about is not how it happens ("ein Abkommen über
        // militärischen Beistand" is no military aid).
        if (find_cue(tr.type, w_[k].lower) == nullptr) continue;
        if (events::governing_prep(w_, k, ct_) == "über") continue;
        if (apply_cue(tr, w_[k].lower)) return;
      }
    }
  }

  // One event per trigger: nouns absorbed by a verb of their clause are dropped.
  void resolve_overlaps(std::vector<Trigger>& triggers) {
    for (auto& verb : triggers) {
      if (verb.dropped || verb.verb == nullptr) continue;
      const size_t c = clause_of(verb.word);
      for (auto& noun : triggers) {
        if (noun.dropped || noun.noun == nullptr || clause_of(noun.word) != c) continue;
        if (noun.type == verb.type) {
          noun.dropped = true;
          verb.merged = &noun;
          // The noun's own mode (a compound's first part) is the more specific one.
          if (verb.mode.empty()) verb.mode = noun.mode;
        } else if (absorbs_nouns(verb.type) &&
                   object_prep(events::governing_prep(w_, noun.word, ct_))) {
          noun.dropped = true;
        }
      }
    }
    // "beschuldigte Kiew, ein Flugzeug abgeschossen zu haben": what is alleged, refused or
    // demanded in an infinitive clause is that event's content.
    for (auto& inner : triggers) {
      if (inner.dropped || inner.verb == nullptr) continue;
      const size_t c = clause_of(inner.word);
      const size_t i = inner.word;
      const bool zu_clause = (i > 0 && w_[i - 1].lower == "zu") ||
                             (i + 2 < w_.size() && w_[i + 1].lower == "zu" &&
                              (w_[i + 2].lower == "haben" || w_[i + 2].lower == "sein"));
      if (!zu_clause || c == 0) continue;
      for (const auto& outer : triggers) {
        if (&outer != &inner && !outer.dropped && outer.verb != nullptr &&
            clause_of(outer.word) == c - 1 && outer.type == "ACCUSE") {
          inner.dropped = true;
        }
      }
    }
    // Two verbs of one separable reading ("ab" verbs) cannot both hold: the first wins.
    for (size_t i = 0; i < triggers.size(); ++i) {
      for (size_t j = i + 1; j < triggers.size(); ++j) {
        if (!triggers[i].dropped && !triggers[j].dropped && triggers[i].word == triggers[j].word) {
          triggers[j].dropped = true;
        }
      }
    }
  }

  bool is_subject(const Actor& a) const {
    return !a.part && !a.place_only && a.prep.empty() && !a.genitive;
  }

  // The first actor outside prepositional phrases; else the first part of a compound subject
  // ("Die EU-Staaten einigten sich").
  const Actor* first_subject(size_t c) const {
    for (const auto& a : v_.actors) {
      if (a.clause == c && is_subject(a)) return &a;
    }
    for (const auto& a : v_.actors) {
      if (a.clause == c && a.part && a.prep.empty() && !a.genitive && !a.place_only) return &a;
    }
    return nullptr;
  }

  const Actor* with_prep(size_t c, const std::unordered_set<std::string>& preps,
                         size_t after = 0) const {
    for (const auto& a : v_.actors) {
      if (a.clause == c && !a.part && !a.place_only && a.first >= after &&
          preps.count(a.prep) != 0) {
        return &a;
      }
    }
    return nullptr;
  }

  const Actor* target_by_prep(size_t c, const std::string& type, const std::string& not_id,
                              size_t after = 0) const {
    auto it = t_.target_preps.find(type);
    if (it == t_.target_preps.end()) return nullptr;
    for (const auto& prep : it->second) {
      for (const auto& a : v_.actors) {
        if (a.clause == c && !a.part && !a.place_only && a.first >= after && a.prep == prep &&
            a.id != not_id) {
          return &a;
        }
      }
    }
    return nullptr;
  }

  // "zwischen X und Y": both participants.
  bool between(size_t c, size_t after, Event& e) const {
    const Actor* first = nullptr;
    for (const auto& a : v_.actors) {
      if (a.clause != c || a.part || a.first < after) continue;
      if (first == nullptr) {
        if (a.prep == "zwischen") first = &a;
      } else if (a.id != first->id) {
        e.source = first->id;
        e.target = a.id;
        return true;
      }
    }
    return false;
  }

  // The subject when the clause names none: a relative pronoun's antecedent, "die beiden", a
  // personal pronoun, else the subject of an earlier clause of the sentence.
  void fallback_source(size_t c, Event& e) const {
    const size_t b = cbegin(c);
    if (c > 0 && b < w_.size() && (t_.cue(w_[b].lower) & Tables::kRelative) != 0) {
      for (size_t i = v_.actors.size(); i-- > 0;) {
        if (v_.actors[i].last < b && !v_.actors[i].part) {
          e.source = v_.actors[i].id;
          return;
        }
      }
    }
    for (size_t k = b; k < cend(c); ++k) {
      if ((t_.cue(w_[k].lower) & Tables::kPair) != 0 && st_.last_event_paragraph == st_.paragraph &&
          !st_.last_source.empty()) {
        e.source = st_.last_source;
        if (e.target.empty()) e.target = st_.last_target;
        return;
      }
    }
    for (size_t k = b; k < cend(c); ++k) {
      if ((w_[k].lower == "er" || w_[k].lower == "sie") && !st_.last_person.empty() &&
          s_ - st_.last_person_sentence <= 2) {
        e.source = st_.last_person;
        return;
      }
    }
    for (size_t pc = c; pc-- > 0;) {
      if (const Actor* a = first_subject(pc)) {
        e.source = a->id;
        return;
      }
    }
  }

  // Clause c has a verb of receiving ("bekommen", "erhielt", "empfangen"): its subject is the
  // recipient of an event noun, not its source.
  bool receives(size_t c) const {
    static constexpr std::array<std::string_view, 9> kStems = {
        "bekomm", "bekam", "bekäm", "erhalt", "erhält", "erhielt", "empfang", "empfäng", "empfing"};
    for (size_t k = cbegin(c); k < cend(c); ++k) {
      if (w_[k].upper) continue;  // "der Erhalt", "der Empfang": nouns
      for (std::string_view stem : kStems) {
        if (w_[k].lower.rfind(stem, 0) == 0) return true;
      }
    }
    return false;
  }

  // "ich" or "wir" in clause c before word `before`, in a sentence attributed to a named speaker
  // (by a speech verb or a quotation: an agency tag or "nach Angaben" does not say "wir").
  bool speaker_says_we_or_i(size_t c, size_t before) const {
    if (attribution_ == nullptr || attribution_->source_id.empty()) return false;
    using Cue = Attribution::Cue;
    const Cue kind = attribution_->kind;
    if (kind != Cue::kSpeechVerb && kind != Cue::kQuotation && kind != Cue::kReportedSpeech) {
      return false;
    }
    // The nearest subject-like word before the trigger: a conjunction in between starts
    // another clause with its own subject ("Wir sind bereit, ... falls Russland ...
    // anzugreifen").
    for (size_t k = std::min(before, cend(c)); k-- > cbegin(c);) {
      const std::string& x = w_[k].lower;
      if (x == "wir" || x == "ich") return true;
      if (ct_.word_class(x) == ClaimLexicons::Tables::WordClass::kConjunction ||
          (t_.cue(x) & Tables::kSubordinator) != 0) {
        return false;
      }
    }
    return false;
  }

  bool passive(const Trigger& tr) const {
    if (!tr.participle) return false;
    const size_t c = clause_of(tr.word);
    for (size_t k = cbegin(c); k < cend(c); ++k) {
      if (k != tr.word && (t_.cue(w_[k].lower) & Tables::kPassive) != 0) return true;
    }
    return false;
  }

  // Actors listed with the subject: "Spanien, Irland und Norwegen", "Israel und die Hisbollah".
  std::vector<const Actor*> coordinated(const Actor* subject) const {
    std::vector<const Actor*> chain;
    if (subject == nullptr) return chain;
    chain.push_back(subject);
    for (const auto& a : v_.actors) {
      const Actor* prev = chain.back();
      if (a.first <= prev->last || a.part) continue;
      if (a.first == prev->last + 2 && a.clause == subject->clause) {
        const std::string& between = w_[prev->last + 1].lower;
        if (between == "und" || between == "," || between == "oder" || between == "sowie") {
          chain.push_back(&a);
          continue;
        }
      }
      // "und die Hisbollah": an article may stand after the conjunction.
      if (a.first == prev->last + 3 && a.clause == subject->clause &&
          w_[prev->last + 1].lower == "und" &&
          ct_.word_class(w_[prev->last + 2].lower) == ClaimLexicons::Tables::WordClass::kArticle) {
        chain.push_back(&a);
        continue;
      }
      if (a.first > prev->last) break;
    }
    return chain;
  }

  // "..., der Ukraine einen Kredit zu gewähren": an infinitive with "zu" has no subject of its
  // own.
  bool zu_infinitive(const Trigger& tr) const {
    if (tr.verb == nullptr || !tr.infinitive) return false;
    if (tr.word > 0 && w_[tr.word - 1].lower == "zu") return true;
    // Separable verbs join it: "abzulehnen", "bereitzustellen".
    const std::string& p = tr.verb->particle;
    return !p.empty() && starts_with(w_[tr.word].lower, p) &&
           starts_with(std::string_view(w_[tr.word].lower).substr(p.size()), "zu");
  }

  // "die beiden Politiker" as the clause's subject: the participants of the last event.
  bool pair(size_t c, Event& e) const {
    if (st_.last_event_paragraph != st_.paragraph || st_.last_source.empty()) return false;
    for (size_t k = cbegin(c); k + 1 < cend(c); ++k) {
      if ((t_.cue(w_[k + 1].lower) & Tables::kPair) != 0 && w_[k].lower == "die" &&
          governing_prep_is_empty(k + 1)) {
        e.source = st_.last_source;
        e.target = st_.last_target;
        return true;
      }
    }
    return false;
  }

  bool governing_prep_is_empty(size_t k) const {
    return events::governing_prep(w_, k, ct_).empty();
  }

  void verb_arguments(const Trigger& tr, Event& e) const {
    const size_t c = clause_of(tr.word);
    if (!passive(tr) && pair(c, e)) return;
    const Actor* subject = zu_infinitive(tr) ? nullptr : first_subject(c);
    if (passive(tr)) {
      if (const Actor* agent = with_prep(c, t_.agent_preps)) e.source = agent->id;
      if (subject != nullptr) e.target = subject->id;
      if (e.source.empty() && subject == nullptr) fallback_source(c, e);
    } else {
      if (subject != nullptr) {
        e.source = subject->id;
      } else if (speaker_says_we_or_i(c, tr.word)) {
        // "Wir müssen der Ukraine helfen", sagte Rutte: "ich" and "wir" are the speaker (the
        // side they speak for is theirs to name), not an actor of an earlier clause.
        e.source = attribution_->source_id;
      } else {
        fallback_source(c, e);
      }
      if (const Actor* t = target_by_prep(c, e.type, e.source)) e.target = t->id;
      if (zu_infinitive(tr)) {
        // Its bare actors are objects: "der Ukraine ... zu gewähren".
        if (const Actor* o = first_subject(c);
            o != nullptr && e.target.empty() && o->id != e.source) {
          e.target = o->id;
        }
      }
      const auto chain = coordinated(subject);
      if (e.target.empty()) {
        // The object: the next actor outside prepositional phrases, not listed with the subject.
        for (const auto& a : v_.actors) {
          if (a.clause == c && is_subject(a) && a.id != e.source &&
              std::find(chain.begin(), chain.end(), &a) == chain.end()) {
            e.target = a.id;
            break;
          }
        }
      }
      if (e.target.empty() && chain.size() >= 2 && symmetric(e.type)) e.target = chain[1]->id;
      if (e.target.empty()) {
        // "wies die Vorwürfe Moskaus zurück": a genitive attribute of the object.
        for (const auto& a : v_.actors) {
          if (a.clause == c && a.genitive && a.prep.empty() && a.id != e.source) {
            e.target = a.id;
            break;
          }
        }
      }
    }
    if (tr.verb->inverse) std::swap(e.source, e.target);
    if (tr.merged != nullptr && (e.source.empty() || e.target.empty())) {
      // "Bei einem russischen Raketenangriff ... wurden ... getötet": the noun names the actors.
      Event from_noun;
      from_noun.type = e.type;
      noun_arguments(*tr.merged, from_noun);
      if (e.source.empty() && from_noun.source != e.target) e.source = from_noun.source;
      if (e.target.empty() && from_noun.target != e.source) e.target = from_noun.target;
    }
  }

  void noun_arguments(const Trigger& tr, Event& e) const {
    const size_t i = tr.word;
    const size_t c = clause_of(i);
    for (const auto& a : v_.actors) {
      if (e.source.empty() && a.part && a.first == i) e.source = a.id;  // "US-Militärhilfe"
    }
    if (e.source.empty()) {
      // "die russischen Raketenangriffe": a country adjective right before the noun.
      for (const auto& a : v_.actors) {
        if (a.derived && a.last < i && a.last + 3 >= i && a.clause == c) {
          bool only_adjectives = true;
          for (size_t k = a.last + 1; k < i; ++k) {
            only_adjectives = only_adjectives && claims::is_adjective_like(w_[k], ct_);
          }
          if (only_adjectives) e.source = a.id;
        }
      }
    }
    if (e.source.empty()) {
      // "Angriffe Russlands", "der Angriff der russischen Armee", "Angriffe durch Russland".
      for (const auto& a : v_.actors) {
        if (a.clause != c || a.first <= i || a.first > i + 4) continue;
        if (a.genitive && a.prep.empty()) e.source = a.id;
        if (t_.agent_preps.count(a.prep) != 0 && a.first <= i + 3) e.source = a.id;
        if (!e.source.empty()) break;
      }
    }
    if (e.type == "CONSULT" && between(c, i + 1, e)) return;
    if (const Actor* t = target_by_prep(c, e.type, e.source, i + 1)) e.target = t->id;
    const std::string_view prep = events::governing_prep(w_, i, ct_);
    const bool cause = t_.agent_preps.count(std::string(prep)) != 0;
    if (cause) {
      // "von einem Raketenangriff getroffen": the clause's subject was hit.
      if (const Actor* subject = first_subject(c); subject != nullptr && e.target.empty()) {
        e.target = subject->id;
      }
      return;
    }
    // "Nach dem Abschuss ... drohte Moskau": a noun in a temporal phrase is another event, not
    // one of the clause's subject.
    if (prep == "nach" || prep == "vor" || prep == "seit" || prep == "während") return;
    const bool receiving = e.source.empty() && receives(c);
    if (e.source.empty() && speaker_says_we_or_i(c, i)) {
      // "Wir haben viel Unterstützung bekommen": the speaker receives.
      if (receiving) {
        if (e.target.empty()) e.target = attribution_->source_id;
        return;
      }
      // "indem wir der Ukraine die Unterstützung zukommen lassen", sagte Rutte: the speaker
      // gives, and a bare actor of the clause is the recipient, not the subject.
      e.source = attribution_->source_id;
      const Actor* object = first_subject(c);
      if (e.target.empty() && object != nullptr && object->first < i && object->id != e.source) {
        e.target = object->id;
      }
      return;
    }
    if (receiving && e.type != "CONSULT") {
      // "Die Ukraine erhielt Militärhilfe aus Deutschland": the subject of a verb of receiving is
      // the recipient, and the giver, when named, follows a giver preposition (arguments.tsv:
      // "aus", "von", "durch"). (CONSULT: "empfing X zu einem Treffen" names the host; a meeting
      // has no giver.)
      const Actor* subject = first_subject(c);
      if (subject != nullptr && e.target.empty()) e.target = subject->id;
      for (const auto& a : v_.actors) {
        if (a.clause == c && !a.derived && a.id != e.target && t_.giver_preps.count(a.prep) != 0) {
          e.source = a.id;
          break;
        }
      }
      return;
    }
    if (e.source.empty()) {
      const Actor* subject = first_subject(c);
      if (subject != nullptr && subject->id != e.target) {
        e.source = subject->id;
      } else if (subject == nullptr) {
        fallback_source(c, e);
        if (e.source == e.target) e.source.clear();
      }
    }
  }

  // A geocoded place after "in", "bei" ... in the trigger's clause, else in the sentence; a city
  // before a country. An ASSAULT on a city takes the city.
  const Actor* place_for(const Trigger& tr, const Event& e) const {
    const size_t c = clause_of(tr.word);
    const Actor* best = nullptr;
    int best_score = -1;
    for (const auto& a : v_.actors) {
      if (a.place.empty() || a.derived || a.part || t_.place_preps.count(a.prep) == 0) continue;
      // "auf der Krim", "auf Bali", but "Angriffe auf die Ukraine" name a target, not a place.
      if (a.prep == "auf" && a.place.rfind("cty:", 0) == 0) continue;
      if (a.id == e.source && a.place.rfind("cty:", 0) == 0) continue;
      int score = (a.clause == c ? 2 : 0) + (a.place.rfind("cty:", 0) != 0 ? 1 : 0);
      if (score > best_score) {
        best = &a;
        best_score = score;
      }
    }
    if (best != nullptr && best_score >= 1) return best;
    if (e.type == "ASSAULT" && !e.target.empty()) {
      for (const auto& a : v_.actors) {
        if (a.clause == c && a.id == e.target && !a.place.empty() &&
            a.place.rfind("cty:", 0) != 0) {
          return &a;
        }
      }
    }
    return best;
  }

  std::string date_for(const Trigger& tr) const {
    const Sentence& s = doc_.sentences[s_];
    const uint32_t at = w_[tr.word].span.begin;
    const Timex* best = nullptr;
    uint32_t best_distance = UINT32_MAX;
    auto it = std::lower_bound(doc_.timexes.begin(), doc_.timexes.end(), s.begin,
                               [](const Timex& x, uint32_t b) { return x.begin < b; });
    for (; it != doc_.timexes.end() && it->begin < s.end; ++it) {
      if ((it->type != "DATE" && it->type != "TIME") || it->value.empty() || it->value[0] < '0' ||
          it->value[0] > '9') {
        continue;
      }
      const uint32_t d = it->begin > at ? it->begin - at : at - it->begin;
      if (d < best_distance) {
        best = &*it;
        best_distance = d;
      }
    }
    if (best != nullptr) return best->value.substr(0, best->value.find('T'));
    return doc_.date.value;
  }

  // "nach den russischen Luftangriffen": a noun in a temporal phrase is another, earlier event;
  // the clause's negation and modality are not its own.
  bool temporal_noun(const Trigger& tr) const {
    if (tr.noun == nullptr) return false;
    const std::string_view p = events::governing_prep(w_, tr.word, ct_);
    return p == "nach" || p == "vor" || p == "seit" || p == "während";
  }

  bool negated(const Trigger& tr) const {
    if (temporal_noun(tr)) return false;
    const size_t c = clause_of(tr.word);
    for (size_t k = cbegin(c); k < cend(c); ++k) {
      if (k == tr.word || w_[k].in_quote != w_[tr.word].in_quote) continue;
      const uint16_t cue = t_.cue(w_[k].lower);
      if ((cue & Tables::kNegation) != 0 && !(k + 1 < w_.size() && w_[k + 1].lower == "nur")) {
        return true;
      }
      if ((cue & Tables::kRefuse) != 0) return true;
    }
    // "weigerte sich, Waffen zu liefern": the refusal stands in the clause before.
    if (tr.verb != nullptr && tr.infinitive && c > 0 && tr.word > 0 &&
        w_[tr.word - 1].lower == "zu") {
      for (size_t k = cbegin(c - 1); k < cend(c - 1); ++k) {
        if ((t_.cue(w_[k].lower) & Tables::kRefuse) != 0) return true;
      }
    }
    return false;
  }

  std::string aux_for(const Trigger& tr) const {
    const size_t c = clause_of(tr.word);
    bool future = false, hypothetical = false;
    for (size_t k = cbegin(c); k < cend(c) && !temporal_noun(tr); ++k) {
      if (k == tr.word) continue;
      const uint16_t cue = t_.cue(w_[k].lower);
      if ((cue & Tables::kHypothetical) != 0) hypothetical = true;
      // A verb event is planned only in the infinitive ("will ... treffen", not "soll ...
      // getroffen haben", which reports hearsay).
      if ((cue & Tables::kFuture) != 0 && (tr.verb == nullptr || tr.infinitive)) future = true;
      if ((cue & Tables::kFutureAux) != 0 && tr.verb != nullptr && tr.infinitive) future = true;
    }
    if (tr.noun != nullptr) {
      for (size_t k = tr.word >= 3 ? tr.word - 3 : 0; k < tr.word; ++k) {
        const uint16_t cue = t_.cue(w_[k].lower);
        if ((cue & Tables::kHypotheticalAttr) != 0) hypothetical = true;
        if ((cue & Tables::kFutureAttr) != 0) future = true;
      }
    }
    // "vereinbarten, ... bereitzustellen", "plant, ... zu verlegen": what an infinitive with
    // "zu" names has not happened yet ("zu haben" looks back and is excluded).
    if (zu_infinitive(tr) && !negated(tr)) future = true;
    if (hypothetical) return "hypothetical";
    if (future) return "future";
    return {};
  }

  const Document& doc_;
  const Tables& t_;
  const ClaimLexicons::Tables& ct_;
  const SentenceView& v_;
  const std::vector<Word>& w_;
  size_t s_;
  DocState& st_;
  const Attribution* attribution_;  // the sentence's source, or null
};

// The trigger candidates of a sentence: verb forms and event nouns (conditions unchecked).
// A verb form that cues.tsv marks as ambiguous, read as the verb only where the words around it
// allow: a determiner_form ("einigen") not after a preposition nor before a noun or article ("vor
// einigen Jahren", "mit einigen der ..."), a first_person_form ("bitte") only next to "ich"
// ("ich bitte Sie", not "Betrachten Sie bitte").
bool reads_as_verb(uint16_t cue, const ClaimLexicons::Tables& ct, const std::vector<Word>& w,
                   size_t i) {
  using WordClass = ClaimLexicons::Tables::WordClass;
  if ((cue & Tables::kDeterminerForm) != 0) {
    if (i > 0 && ct.word_class(w[i - 1].lower) == WordClass::kPreposition) return false;
    if (i + 1 < w.size() && w[i + 1].kind == TokenKind::kWord &&
        (w[i + 1].upper || ct.word_class(w[i + 1].lower) == WordClass::kArticle)) {
      return false;
    }
  }
  if ((cue & Tables::kFirstPersonForm) != 0) {
    const bool before = i > 0 && w[i - 1].lower == "ich";
    const bool after = i + 1 < w.size() && w[i + 1].lower == "ich";
    if (!before && !after) return false;
  }
  return true;
}

void find_triggers(const Tables& t, const ClaimLexicons::Tables& ct, const std::vector<Word>& w,
                   std::vector<Trigger>& out) {
  for (size_t i = 0; i < w.size(); ++i) {
    const Word& x = w[i];
    if (x.kind != TokenKind::kWord) continue;
    const uint16_t cue = t.cue(x.lower);
    if ((cue & Tables::kNotTrigger) != 0) continue;  // "einige", "Herausforderung"
    if (!x.upper || i == 0) {
      const auto* forms = t.verb_form(x.lower);
      if (forms != nullptr && reads_as_verb(cue, ct, w, i)) {
        // The readings of one verb line combine (a form can be finite and infinitive); the
        // first verb line whose particle, if any, is there wins.
        size_t start = out.size();
        for (const auto& f : *forms) {
          Trigger* tr = nullptr;
          for (size_t k = start; k < out.size(); ++k) {
            if (out[k].verb == &t.verbs[f.verb]) tr = &out[k];
          }
          if (f.needs_particle) {
            bool found = false;
            for (size_t k = i + 1; k < w.size(); ++k) {
              const std::string_view text = w[k].text;
              if (text == "," || text == ";" || text == ":") break;
              if (w[k].lower == t.verbs[f.verb].particle) {
                // The particle closes the clause, or a coordination ("lehnte ... ab und rief").
                const bool last = k + 1 == w.size() || w[k + 1].kind == TokenKind::kPunctuation ||
                                  w[k + 1].quote_mark || w[k + 1].lower == "und" ||
                                  w[k + 1].lower == "oder" || w[k + 1].lower == "aber";
                found = found || last;
              }
            }
            if (!found) continue;
          }
          if (tr == nullptr) {
            out.push_back(Trigger{});
            tr = &out.back();
            tr->word = i;
            tr->verb = &t.verbs[f.verb];
          }
          tr->finite |= f.form == Tables::Form::kFinite;
          tr->infinitive |= f.form == Tables::Form::kInfinitive;
          tr->participle |= f.form == Tables::Form::kParticiple;
        }
      }
    }
    if (x.upper && x.lower.size() >= 4) {
      size_t head = 0;
      if (const Tables::Noun* n = t.noun(x.lower, &head)) {
        Trigger tr;
        tr.word = i;
        tr.noun = n;
        tr.head_begin = head;
        out.push_back(tr);
      }
    }
  }
}

// The cheap pre-scan: does any word of the sentence look like a trigger? Most sentences hold
// none, and they cost one case fold and one or two hash lookups per word, with no allocation.
bool may_hold_trigger(const Tables& t, const Document& doc, const Sentence& sentence,
                      std::string& lower) {
  for (uint32_t k = sentence.first_token; k < sentence.end_token && k < doc.tokens.size(); ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) continue;
    const std::string_view text = doc.slice(tok);
    claims::fold_case_into(text, lower);
    const bool upper = claims::starts_upper(text);
    if ((!upper || k == sentence.first_token) && t.verb_form(lower) != nullptr) return true;
    size_t head = 0;
    if (upper && lower.size() >= 4 && t.noun(lower, &head) != nullptr) return true;
  }
  return false;
}

// True when a PER, ORG or LOC entity covers the word: "Angriff" inside a name is no event.
bool inside_name(const Document& doc, const Span& s) {
  auto it = std::upper_bound(doc.entities.begin(), doc.entities.end(), s.begin,
                             [](uint32_t b, const Entity& e) { return b < e.begin; });
  while (it != doc.entities.begin()) {
    --it;
    if (it->end > s.begin && it->type != "MISC" && !it->derived && !it->part) return true;
    if (s.begin - it->begin > 200) break;
  }
  return false;
}

}  // namespace

void extract_events(Document& doc, const EventLexicons& lexicons, const ClaimLexicons& claims_lex,
                    const std::vector<Attribution>& attributions, const KnowledgeBase* kb) {
  doc.events.clear();
  const Tables& t = lexicons.tables();
  const ClaimLexicons::Tables& ct = claims_lex.tables();
  const bool attributed = attributions.size() == doc.sentences.size();
  DocState state;
  claims::QuoteState quotes;
  size_t paragraph = 0;
  std::vector<Trigger> triggers;
  std::string lower;  // reused by the pre-scan
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const size_t before = paragraph;
    while (paragraph < doc.paragraphs.size() && doc.paragraphs[paragraph].end <= sentence.begin) {
      ++paragraph;
    }
    if (paragraph != before) quotes = {};
    state.paragraph = paragraph;
    if (!may_hold_trigger(t, doc, sentence, lower)) {
      claims::skip_sentence(doc, sentence, quotes);
      continue;
    }
    auto words = claims::sentence_words(doc, sentence, quotes);
    triggers.clear();
    find_triggers(t, ct, words, triggers);
    triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                  [&](const Trigger& tr) {
                                    return tr.noun != nullptr &&
                                           inside_name(doc, words[tr.word].span);
                                  }),
                   triggers.end());
    if (triggers.empty()) continue;
    const Attribution* a = attributed ? &attributions[s] : nullptr;
    SentenceView view = events::view_sentence(doc, sentence, std::move(words), ct, kb, a);
    SentenceEvents(doc, t, ct, view, s, state, a).run(triggers, doc.events);
  }
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const Event& x, const Event& y) { return x.begin < y.begin; });
}

}  // namespace lagebild
