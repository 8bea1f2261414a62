// view_sentence: clauses and actors of one sentence (see sentence_view.h).
#include "events/sentence_view.h"

#include <algorithm>

#include "claims/noun_phrase.h"
#include "lagebild/kb.h"

namespace lagebild::events {
namespace {

using WordClass = ClaimLexicons::Tables::WordClass;

bool is_clause_boundary(const claims::Word& w) {
  if (w.kind != TokenKind::kPunctuation) return false;
  const std::string_view t = w.text;
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "-" ||
         t == "\xE2\x80\x93" || t == "\xE2\x80\x94";  // – —
}

// Word indices [first, last] covered by the byte span; false when no word is.
bool word_range(const std::vector<claims::Word>& w, const Span& span, size_t* first, size_t* last) {
  auto it = std::lower_bound(w.begin(), w.end(), span.begin,
                             [](const claims::Word& x, uint32_t b) { return x.span.end <= b; });
  if (it == w.end() || it->span.begin >= span.end) return false;
  *first = static_cast<size_t>(it - w.begin());
  size_t l = *first;
  while (l + 1 < w.size() && w[l + 1].span.begin < span.end) ++l;
  *last = l;
  return true;
}

bool is_country(const std::string& id) {
  return id.rfind("cty:", 0) == 0;
}

// The actor id and place id of a LOC entity: a country stands for itself; a place stands for
// its country (a capital for its government: "Kyjiw warnt") and is a place.
void locate(const KnowledgeBase* kb, const std::string& id, Actor& a) {
  if (is_country(id)) {
    a.id = id;
    if (kb != nullptr && kb->coordinates(id)) a.place = id;
    return;
  }
  a.id = id;
  if (kb == nullptr) return;
  if (const KbEntity* e = kb->entity(id)) {
    if (e->kind == EntityKind::kCountry) {
      a.id = e->id;
    } else if (!e->country.empty()) {
      a.id = "cty:" + e->country;
    }
  }
  if (kb->coordinates(id)) a.place = id;
}

// Fills prep and genitive: walks back from the actor over what a noun phrase may hold before
// its head (articles, possessives, adjectives, numbers, quotation marks), and over a noun the
// actor is an attribute of ("die Unterstützung Nordkoreas", "den Spitzen von Nato"), to the
// preposition that governs the phrase, if any.
void govern(const std::vector<claims::Word>& w, const ClaimLexicons::Tables& t, Actor& a,
            const std::vector<bool>* actor_words) {
  auto in_actor = [actor_words](size_t k) { return actor_words != nullptr && (*actor_words)[k]; };
  size_t k = a.first;
  std::string_view last_article;
  while (k > 0) {
    const claims::Word& x = w[k - 1];
    if (x.quote_mark) {
      --k;
      continue;
    }
    // A bracket inserted into the phrase does not end it: "für (den russischen Präsidenten
    // Wladimir) Putin" is governed by "für", both the bracketed title and the name after it.
    // But a name right after "(" explains the word before the bracket ("die belgische
    // Arzneimittelbehörde (AFMPS)"), so the scan stops there.
    if (x.lower == "(" && k < a.first) {
      --k;
      continue;
    }
    if (x.lower == ")") {
      constexpr size_t kMaxBracketWords = 12;
      size_t open = k - 1;
      while (open > 0 && k - 1 - open < kMaxBracketWords && w[open - 1].lower != "(" &&
             w[open - 1].lower != ")") {
        --open;
      }
      if (open == 0 || w[open - 1].lower != "(") break;
      k = open - 1;  // the "(" itself: the loop looks at the word before it next
      continue;
    }
    if (x.kind == TokenKind::kPunctuation || x.kind == TokenKind::kSymbol) break;
    const WordClass wc = t.word_class(x.lower);
    if (wc == WordClass::kPreposition) {
      // "den Spitzen von Nato": "von" after a noun makes an attribute; look further out.
      if ((x.lower == "von" || x.lower == "vom") && k >= 2 && claims::is_noun_like(w[k - 2], t) &&
          !in_actor(k - 2)) {
        a.genitive = true;
        k -= 2;
        continue;
      }
      // "12 von 15 russischen Marschflugkörpern": a ratio, not an agent.
      if (x.lower == "von" && k >= 2 && w[k - 2].kind == TokenKind::kNumber) {
        k -= 2;
        continue;
      }
      a.prep = x.lower;
      return;
    }
    if (wc == WordClass::kArticle) {
      last_article = x.lower;
      --k;
      continue;
    }
    if (wc == WordClass::kPronoun &&
        (x.lower.rfind("sein", 0) == 0 || x.lower.rfind("ihr", 0) == 0 ||
         x.lower.rfind("unser", 0) == 0)) {
      --k;
      continue;
    }
    if (x.kind == TokenKind::kNumber || claims::is_adjective_like(x, t)) {
      --k;
      continue;
    }
    // "die Stadt Charkiw", "der Region Kursk": a noun in apposition right before a place.
    // Likewise a title right before a person's name ("Kollegen Lloyd Austin").
    if (k == a.first && (a.person || !a.place.empty()) && claims::is_noun_like(x, t) &&
        !in_actor(k - 1)) {
      --k;
      continue;
    }
    if (!a.person && claims::is_noun_like(x, t) && !in_actor(k - 1)) {
      const bool genitive_article = last_article == "des" || last_article == "der";
      const bool genitive_s = w[a.last].lower.size() > 2 && w[a.last].lower.back() == 's';
      if (!(genitive_article || genitive_s)) return;
      a.genitive = true;
      last_article = {};
      --k;
      continue;
    }
    return;
  }
}

}  // namespace

std::string_view governing_prep(const std::vector<claims::Word>& w, size_t head,
                                const ClaimLexicons::Tables& t) {
  Actor probe;
  probe.first = probe.last = head;
  probe.person = true;  // no genitive walk: only the phrase's own preposition counts
  govern(w, t, probe, nullptr);
  for (size_t k = head; k-- > 0;) {
    if (w[k].lower == probe.prep) return w[k].lower;
  }
  return {};
}

SentenceView view_sentence(const Document& doc, const Sentence& sentence,
                           std::vector<claims::Word> words,
                           const ClaimLexicons::Tables& claims_tables, const KnowledgeBase* kb,
                           const Attribution* attribution) {
  SentenceView v;
  v.words = std::move(words);
  const auto& w = v.words;

  // The phrase that names who reports ("nach Angaben von Kyjiw", "laut X") is no actor; but
  // "nach eigenen Angaben" points at the sentence's own subject, which acts.
  Span excluded{};
  if (attribution != nullptr && attribution->kind == Attribution::Cue::kAccordingTo &&
      sentence.contains(attribution->cue)) {
    excluded = attribution->cue;
    const bool own = doc.slice(attribution->cue).find("eigen") != std::string_view::npos;
    if (!own && attribution->source.begin >= sentence.begin &&
        attribution->source.end <= sentence.end) {
      excluded.begin = std::min(excluded.begin, attribution->source.begin);
      excluded.end = std::max(excluded.end, attribution->source.end);
    }
  }

  // Roles first: a role is one actor however many entities its title and name hold.
  std::vector<Span> role_spans;
  auto role_it = std::lower_bound(doc.roles.begin(), doc.roles.end(), sentence.begin,
                                  [](const Role& r, uint32_t b) { return r.begin < b; });
  for (; role_it != doc.roles.end() && role_it->begin < sentence.end; ++role_it) {
    const Role& r = *role_it;
    Actor a;
    if (!word_range(w, r, &a.first, &a.last) || excluded.overlaps(r)) continue;
    if (!r.person.empty()) {
      a.id = r.person;
      a.person = true;
    } else if (!r.country.empty()) {
      a.id = r.country.find(':') != std::string::npos ? r.country : "cty:" + r.country;
    } else {
      continue;
    }
    role_spans.push_back(r);
    v.actors.push_back(std::move(a));
  }
  auto in_role = [&](const Span& s) {
    return std::any_of(role_spans.begin(), role_spans.end(),
                       [&](const Span& r) { return r.overlaps(s); });
  };

  auto ent_it = std::lower_bound(doc.entities.begin(), doc.entities.end(), sentence.begin,
                                 [](const Entity& e, uint32_t b) { return e.begin < b; });
  for (; ent_it != doc.entities.end() && ent_it->begin < sentence.end; ++ent_it) {
    const Entity& e = *ent_it;
    if (e.id.empty() || e.type == "MISC" || in_role(e) || excluded.overlaps(e)) continue;
    Actor a;
    if (!word_range(w, e, &a.first, &a.last)) continue;
    a.part = e.part;
    a.derived = e.derived;
    if (e.type == "PER") {
      if (e.derived) continue;  // "Putin-treue": not the person acting
      a.id = e.id;
      a.person = true;
    } else if (e.type == "LOC") {
      locate(kb, e.id, a);
      if (e.derived) a.place.clear();
      // A place the knowledge base does not know ("die Ostflanke") names no actor.
      a.place_only = !is_country(a.id);
    } else {
      a.id = e.id;
      // An army acts for its state: "die russische Armee" -> Russia (PLOVER codes the country,
      // the military being its sector).
      const KbEntity* k = kb != nullptr ? kb->entity(e.id) : nullptr;
      if (k != nullptr && k->subkind == "military" && !k->country.empty())
        a.id = "cty:" + k->country;
    }
    v.actors.push_back(std::move(a));
  }
  std::sort(v.actors.begin(), v.actors.end(),
            [](const Actor& x, const Actor& y) { return x.first < y.first; });

  // A country adjective before a person's name or title describes that person: "seinem
  // ukrainischen Kollegen Dmytro Kuleba" names one actor, Kuleba.
  std::vector<Actor> kept;
  for (size_t i = 0; i < v.actors.size(); ++i) {
    const Actor& a = v.actors[i];
    // "Chinas Außenminister Wang Yi" likewise.
    const bool country_modifier = a.derived || (is_country(a.id) && w[a.last].lower.size() > 2 &&
                                                w[a.last].lower.back() == 's');
    if (country_modifier && i + 1 < v.actors.size() && v.actors[i + 1].person &&
        v.actors[i + 1].first <= a.last + 3) {
      continue;
    }
    kept.push_back(a);
  }
  v.actors = std::move(kept);

  // Clauses. A comma between two actors lists them ("Spanien, Irland und Norwegen") and splits
  // nothing.
  std::vector<bool> actor_end(w.size() + 1, false), actor_begin(w.size() + 1, false);
  for (const auto& a : v.actors) {
    actor_end[a.last] = true;
    actor_begin[a.first] = true;
  }
  v.clause_of.assign(w.size(), 0);
  v.clause_begin.push_back(0);
  for (size_t i = 0; i < w.size(); ++i) {
    const bool list_comma = w[i].text == "," && i > 0 && actor_end[i - 1] && actor_begin[i + 1];
    if (is_clause_boundary(w[i]) && !list_comma && i > v.clause_begin.back() && !w[i].in_quote) {
      v.clause_begin.push_back(i + 1);
    }
    v.clause_of[i] = v.clause_begin.size() - 1;
  }
  if (v.clause_begin.back() < w.size() || v.clause_begin.size() == 1) {
    v.clause_begin.push_back(w.size());
  } else {
    v.clause_begin.back() = w.size();  // a trailing boundary opens no clause
  }

  // Words of whole-word actors ("US" in "US-Kollegen" is part of a noun that may head a phrase).
  std::vector<bool> in_actor(w.size(), false);
  for (const auto& a : v.actors) {
    for (size_t k = a.first; k <= a.last && !a.part; ++k) in_actor[k] = true;
  }
  for (auto& a : v.actors) {
    a.clause = v.clause_of[a.first];
    govern(w, claims_tables, a, &in_actor);
    // "den Eintritt nordkoreanischer Soldaten": a country adjective right after a noun, without
    // article, is a genitive attribute.
    if (a.derived && a.prep.empty() && a.first > 0 &&
        claims::is_noun_like(w[a.first - 1], claims_tables) && !in_actor[a.first - 1]) {
      a.genitive = true;
    }
  }
  return v;
}

}  // namespace lagebild::events
