// attribute_sentences: who says what each sentence says. The rules and their precedence are
// documented in include/lagebild/claims.h; this file applies them in four passes: cues in each
// sentence, quotations across sentences, continuation of reported speech, agency fallback.
#include <optional>

#include "claims/lexicons.h"
#include "claims/noun_phrase.h"
#include "claims/words.h"
#include "lagebild/claims.h"

namespace lagebild {
namespace {

using claims::Word;
using claims::word_is;
using claims::WordRange;
using Tables = ClaimLexicons::Tables;
using WordClass = Tables::WordClass;
using Cue = Attribution::Cue;

// What the first pass learns about a sentence besides its own cue.
struct SentenceFacts {
  size_t paragraph = 0;
  bool starts_in_quote = false;
  bool ends_in_quote = false;
  bool continues = false;   // subjunctive or "hieß es": may take the previous source
  bool pronoun = false;     // the source is "er"/"sie": take the previous source
  bool quote_only = false;  // every word is quoted
  bool agency_tag = false;  // "(dpa)"
  std::string agency;       // canonical agency name when agency_tag
};

bool is_boundary(const Word& w) {
  return w.quote_mark || w.text == "," || w.text == ";" || w.text == ":" || w.text == "(" ||
         w.text == ")" || w.text == "\xE2\x80\x93" || w.text == "-";  // – -
}

// Picks the id for a source named in `span`: a person first, then a role's person, then an
// organisation, then the entity at the head (end) of the phrase. `any` accepts every overlapping
// entity (for a span that is just a prefix or adjective: "US" in "US-Angaben").
std::string source_id_for(const Document& doc, const Span& span, bool any) {
  const Entity* per = nullptr;
  const Entity* org = nullptr;
  const Entity* head = nullptr;
  const Entity* other = nullptr;
  for (const auto& e : doc.entities) {
    if (!e.overlaps(span) || e.id.empty()) continue;
    if (e.type == "PER" && !e.derived && per == nullptr) per = &e;
    if (e.type == "ORG" && !e.derived && !e.part && org == nullptr) org = &e;
    if (!e.derived && e.end == span.end) head = &e;
    if (other == nullptr) other = &e;
  }
  if (per != nullptr) return per->id;
  for (const auto& r : doc.roles) {
    if (r.overlaps(span) && !r.person.empty()) return r.person;
  }
  if (org != nullptr) return org->id;
  if (head != nullptr) return head->id;
  if (any && other != nullptr) return other->id;
  return {};
}

class CueFinder {
 public:
  CueFinder(const Document& doc, const Tables& t, const std::vector<Word>& w, Attribution& a,
            SentenceFacts& facts)
      : doc_(doc), t_(t), w_(w), a_(a), facts_(facts) {}

  void run() {
    for (const auto& x : w_) {
      if (!x.in_quote && t_.is_subjunctive(x.lower)) a_.reported_speech = true;
    }
    facts_.continues = a_.reported_speech;
    facts_.quote_only = quote_only();
    if (find_agency_tag()) return;
    if (find_according_to()) return;
    if (find_speech_verb()) return;
    find_so();
  }

 private:
  Span span_of(size_t first, size_t last) const {
    return Span{w_[first].span.begin, w_[last].span.end};
  }

  void set_cue(Cue kind, size_t first, size_t last) {
    a_.kind = kind;
    a_.cue = span_of(first, last);
  }

  // A source named by a phrase of the sentence.
  void set_phrase(const WordRange& r, bool genitive_name = false) {
    a_.source = span_of(r.first, r.last);
    a_.source_text = std::string(claims::words_text(doc_, w_, r.first, r.last));
    // "nach Angaben Selenskyjs": the genitive -s is not part of the name.
    if (genitive_name && r.first == r.last && a_.source_text.size() > 3 &&
        a_.source_text.back() == 's') {
      a_.source_text.pop_back();
    }
    a_.source_id = source_id_for(doc_, a_.source, false);
  }

  // A source named by a prefix or adjective that stands for a country or body.
  void set_named(const Span& span, std::string text) {
    a_.source = span;
    a_.source_text = std::move(text);
    a_.source_id = source_id_for(doc_, span, true);
  }

  bool quote_only() const {
    bool any_quoted = false;
    for (const auto& x : w_) {
      if (x.in_quote) {
        any_quoted = true;
      } else if (!x.quote_mark && x.kind != TokenKind::kPunctuation) {
        return false;
      }
    }
    return any_quoted;
  }

  // "(dpa)", "(dpa/AFP)" as a sentence of its own, or closing this one.
  bool find_agency_tag() {
    if (w_.size() < 3 || w_.back().text != ")") return false;
    size_t k = w_.size() - 2;
    std::string first_name;
    while (k > 0) {
      auto it = t_.agencies.find(w_[k].lower);
      if (it != t_.agencies.end()) {
        first_name = it->second;
      } else if (w_[k].text != "/" && w_[k].text != ",") {
        break;
      }
      --k;
    }
    if (w_[k].text != "(" || first_name.empty()) return false;
    facts_.agency = first_name;
    if (k == 0) {
      facts_.agency_tag = true;
      set_cue(Cue::kAgency, 0, w_.size() - 1);
      set_named(span_of(1, w_.size() - 2), first_name);
      return true;
    }
    return false;  // a tag closing a claim: the sentence's own cues still come first
  }

  // The sentence's subject, for "nach eigenen Angaben": after the finite verb when the phrase
  // opens the sentence, else the phrase at the start.
  std::optional<WordRange> subject(size_t cue_first, size_t cue_last) const {
    if (cue_first == 0) {
      size_t f = cue_last + 1;
      if (f < w_.size() && t_.word_class(w_[f].lower) == WordClass::kVerb) {
        return claims::speaker_phrase(w_, f + 1, t_);
      }
      return std::nullopt;
    }
    return claims::speaker_phrase(w_, 0, t_);
  }

  std::string mapped_prefix(std::string_view text) const {
    std::string key = claims::fold_case(text);
    auto it = t_.source_prefixes.find(key);
    return it == t_.source_prefixes.end() ? std::string() : it->second;
  }

  // The stem of an inflected adjective: "ukrainischen" -> "ukrainisch".
  static std::string adjective_stem(const std::string& lower) {
    for (std::string_view ending : {"en", "er", "es", "em", "e"}) {
      if (lower.size() > ending.size() + 3 &&
          lower.compare(lower.size() - ending.size(), ending.size(), ending) == 0) {
        return lower.substr(0, lower.size() - ending.size());
      }
    }
    return lower;
  }

  // nach Angaben von X / des X / Xs, nach eigenen Angaben, nach US-Angaben, nach ukrainischen
  // Angaben, laut X, laut Angaben des X, X zufolge.
  bool find_according_to() {
    for (size_t k = 0; k < w_.size(); ++k) {
      if (w_[k].in_quote) continue;
      const std::string& lw = w_[k].lower;
      if (lw == "nach" || lw == "laut") {
        if (according_to_at(k)) return true;
      } else if (lw == "zufolge" && k > 0) {
        if (zufolge_at(k)) return true;
      }
    }
    return false;
  }

  bool according_to_at(size_t k) {
    size_t m = k + 1;
    size_t adjective = w_.size();
    while (m < w_.size() && m < k + 3 &&
           (is_adjective_like(w_[m], t_) || w_[m].lower == "eigenen")) {
      if (adjective == w_.size()) adjective = m;
      ++m;
    }
    if (m >= w_.size()) return false;
    const Word& noun = w_[m];
    std::string_view suffix = noun.upper ? t_.report_noun_suffix(noun.lower) : std::string_view();
    if (suffix.empty()) {
      if (w_[k].lower != "laut") return false;
      // "laut Austins Ministerium", "laut Kreml".
      auto r = claims::speaker_phrase(w_, k + 1, t_);
      if (!r) return false;
      set_cue(Cue::kAccordingTo, k, k);
      set_phrase(*r);
      return true;
    }
    set_cue(Cue::kAccordingTo, k, m);
    // "US-Angaben", "Polizeiangaben": the compound's first part is the source.
    if (noun.lower.size() > suffix.size()) {
      size_t len = noun.text.size() - suffix.size();
      std::string_view prefix = noun.text.substr(0, len);
      while (!prefix.empty() && prefix.back() == '-') prefix.remove_suffix(1);
      std::string folded = claims::fold_case(prefix);
      for (std::string_view fugen : {"ungs", "heits", "keits", "tions", "täts"}) {
        if (folded.size() > fugen.size() &&
            folded.compare(folded.size() - fugen.size(), fugen.size(), fugen) == 0) {
          prefix.remove_suffix(1);  // Regierungs- -> Regierung
          break;
        }
      }
      if (prefix.empty()) return false;
      std::string name = mapped_prefix(prefix);
      set_named(Span{noun.span.begin, noun.span.begin + static_cast<uint32_t>(prefix.size())},
                name.empty() ? std::string(prefix) : name);
      return true;
    }
    size_t n = m + 1;
    if (adjective < m && w_[adjective].lower == "eigenen") {
      if (auto r = subject(k, m)) {
        set_phrase(*r);
        return true;
      }
      return false;
    }
    if (word_is(w_, n, "von") || word_is(w_, n, "aus")) {
      if (auto r = claims::speaker_phrase(w_, n + 1, t_)) {
        set_phrase(*r);
        return true;
      }
    } else if (word_is(w_, n, "des") || word_is(w_, n, "der")) {
      if (auto r = claims::speaker_phrase(w_, n, t_)) {
        set_phrase(*r);
        return true;
      }
    } else if (n < w_.size() && is_noun_like(w_[n], t_) && !w_[n].in_quote) {
      // "nach Angaben Selenskyjs", "nach Einschätzung britischer Geheimdienste" (below).
      auto r = claims::speaker_phrase(w_, n, t_);
      if (r) {
        set_phrase(*r, true);
        return true;
      }
    }
    if (adjective < m) {
      // "nach ukrainischen Angaben" -> Ukraine; "nach Einschätzung britischer Geheimdienste".
      std::string name = mapped_prefix(adjective_stem(w_[adjective].lower));
      if (!name.empty()) {
        set_named(w_[adjective].span, name);
        return true;
      }
    }
    // "nach Einschätzung britischer Geheimdienste": a genitive without article.
    if (n < w_.size() && is_adjective_like(w_[n], t_)) {
      if (auto r = claims::speaker_phrase(w_, n, t_)) {
        set_phrase(*r);
        return true;
      }
    }
    a_.kind = Cue::kNone;
    a_.cue = {};
    return false;
  }

  bool zufolge_at(size_t k) {
    size_t last = k - 1;
    if (!is_noun_like(w_[last], t_)) return false;
    size_t first = last;
    while (first > 0 && (is_noun_like(w_[first - 1], t_) || is_adjective_like(w_[first - 1], t_))) {
      --first;
    }
    // "Berichten zufolge" names nobody.
    if (first == last && !t_.report_noun_suffix(w_[last].lower).empty()) return false;
    set_cue(Cue::kAccordingTo, k, k);
    set_phrase(WordRange{first, last});
    return true;
  }

  bool particle_follows(size_t v, const std::string& particle) const {
    for (size_t k = v + 1; k < w_.size(); ++k) {
      if (w_[k].in_quote || w_[k].lower != particle) continue;
      if (k + 1 == w_.size() || w_[k + 1].kind == TokenKind::kPunctuation) return true;
    }
    return false;
  }

  bool find_speech_verb() {
    for (size_t v = 0; v < w_.size(); ++v) {
      if (w_[v].in_quote || w_[v].upper) continue;
      const auto* found = t_.speech_verb(w_[v].lower);
      if (found == nullptr) continue;
      const auto& verb = *found;
      if (verb.impersonal) {
        if (!word_is(w_, v + 1, verb.particle)) continue;
        set_cue(Cue::kReportedSpeech, v, v + 1);
        facts_.continues = true;
        return true;
      }
      if (!verb.particle.empty() && !particle_follows(v, verb.particle)) continue;
      set_cue(Cue::kSpeechVerb, v, v);
      if (auto r = speaker_for(v)) {
        set_phrase(*r);
        return true;
      }
      a_.kind = Cue::kNone;
      a_.cue = {};
    }
    return false;
  }

  // The speaker of the speech verb at word v (see claims.h for the word orders covered).
  std::optional<WordRange> speaker_for(size_t v) {
    size_t c = v;
    while (c > 0 && !is_boundary(w_[c - 1])) --c;
    bool pronoun = false;
    std::optional<WordRange> r;
    if (w_[c].lower == "wie" && c < v) {
      r = claims::speaker_phrase(w_, c + 1, t_, &pronoun);  // "wie X mitteilte"
    } else if (c == v) {
      r = claims::speaker_phrase(w_, v + 1, t_, &pronoun);  // ", sagte X"
    } else {
      WordClass first = t_.word_class(w_[c].lower);
      if (first == WordClass::kPreposition || first == WordClass::kAdverb) {
        // "Am Mittwoch sagte Blinken", "Zuletzt hatte Selenskyj gesagt": subject after the
        // finite verb.
        size_t f = c + 1;
        while (f < v && t_.word_class(w_[f].lower) != WordClass::kVerb) ++f;
        r = claims::speaker_phrase(w_, f + 1, t_, &pronoun);
      } else {
        r = claims::speaker_phrase(w_, c, t_, &pronoun);  // "Blinken sagte", "Der Präsident hat"
        if (!r) r = claims::speaker_phrase(w_, v + 1, t_, &pronoun);
      }
    }
    if (r && pronoun) facts_.pronoun = true;
    return r;
  }

  // "..., so der Sprecher."
  void find_so() {
    for (size_t k = 1; k < w_.size(); ++k) {
      if (w_[k].lower != "so" || w_[k].in_quote || w_[k - 1].text != ",") continue;
      bool pronoun = false;
      auto r = claims::speaker_phrase(w_, k + 1, t_, &pronoun);
      if (!r) continue;
      size_t after = r->last + 1;
      if (after == w_.size() || w_[after].text == "." || w_[after].text == "!") {
        set_cue(Cue::kSpeechVerb, k, k);
        set_phrase(*r);
        facts_.pronoun = pronoun;
        return;
      }
    }
  }

  const Document& doc_;
  const Tables& t_;
  const std::vector<Word>& w_;
  Attribution& a_;
  SentenceFacts& facts_;
};

bool has_source(const Attribution& a) {
  return !a.source_text.empty();
}

void copy_source(Attribution& to, const Attribution& from) {
  to.source = from.source;
  to.source_id = from.source_id;
  to.source_text = from.source_text;
}

}  // namespace

std::vector<Attribution> attribute_sentences(const Document& doc, const ClaimLexicons& lexicons) {
  const Tables& t = lexicons.tables();
  const size_t n = doc.sentences.size();
  std::vector<Attribution> out(n);
  std::vector<SentenceFacts> facts(n);

  // Pass 1: each sentence's own cue.
  claims::QuoteState quotes;
  size_t paragraph = 0;
  for (size_t s = 0; s < n; ++s) {
    const Sentence& sentence = doc.sentences[s];
    size_t before = paragraph;
    while (paragraph < doc.paragraphs.size() && doc.paragraphs[paragraph].end <= sentence.begin) {
      ++paragraph;
    }
    if (paragraph != before) quotes = {};
    facts[s].paragraph = paragraph;
    facts[s].starts_in_quote = quotes.open;
    auto words = claims::sentence_words(doc, sentence, quotes);
    facts[s].ends_in_quote = quotes.open;
    out[s].sentence = Span{sentence.begin, sentence.end};
    CueFinder(doc, t, words, out[s], facts[s]).run();
  }

  // Pass 2: a quotation running over several sentences has one speaker.
  for (size_t s = 0; s < n;) {
    size_t e = s;
    while (e + 1 < n && facts[e].ends_in_quote && facts[e + 1].starts_in_quote &&
           facts[e + 1].paragraph == facts[e].paragraph) {
      ++e;
    }
    if (e > s) {
      const Attribution* speaker = nullptr;
      for (size_t k = s; k <= e; ++k) {
        if (out[k].kind == Cue::kSpeechVerb && has_source(out[k]) && !facts[k].pronoun) {
          speaker = &out[k];
        }
      }
      for (size_t k = s; k <= e && speaker != nullptr; ++k) {
        if (has_source(out[k])) continue;
        copy_source(out[k], *speaker);
        out[k].kind = Cue::kQuotation;
      }
    }
    s = e + 1;
  }

  // Pass 3: pronouns, reported speech and quotations continue the previous sentence's source.
  for (size_t s = 0; s < n; ++s) {
    if (facts[s].pronoun) {
      for (size_t k = s; k-- > 0;) {
        if (has_source(out[k]) && !facts[k].pronoun && out[k].kind != Cue::kAgency) {
          copy_source(out[s], out[k]);
          break;
        }
        if (s - k > 3) break;
      }
      continue;
    }
    if (has_source(out[s]) || s == 0 || facts[s - 1].paragraph != facts[s].paragraph) continue;
    if (!(facts[s].continues || facts[s].quote_only)) continue;
    const Attribution& prev = out[s - 1];
    if (!has_source(prev) || prev.kind == Cue::kAgency) continue;
    copy_source(out[s], prev);
    if (out[s].kind == Cue::kNone) {
      out[s].kind = facts[s].quote_only ? Cue::kQuotation : Cue::kReportedSpeech;
    }
  }

  // Pass 4: the agency tag closing a paragraph is the fallback source of its sentences.
  for (size_t s = 0; s < n; ++s) {
    if (!facts[s].agency_tag && facts[s].agency.empty()) continue;
    const Attribution tag = out[s];
    for (size_t k = s + 1; k-- > 0;) {
      if (facts[k].paragraph != facts[s].paragraph) break;
      if (has_source(out[k])) continue;
      out[k].source_text = facts[s].agency;
      out[k].source = tag.kind == Cue::kAgency ? tag.source : Span{};
      out[k].source_id = tag.kind == Cue::kAgency ? tag.source_id : std::string();
      out[k].kind = Cue::kAgency;
      if (tag.kind == Cue::kAgency) out[k].cue = tag.cue;
    }
  }
  // A dateline "Berlin (dpa) - ..." opening the article credits the agency for all the rest.
  if (n > 0) {
    claims::QuoteState q;
    auto first = claims::sentence_words(doc, doc.sentences[0], q);
    for (size_t k = 1; k + 3 < first.size() && k < 6; ++k) {
      auto it = t.agencies.find(first[k].lower);
      if (first[k - 1].text != "(" || it == t.agencies.end() || first[k + 1].text != ")" ||
          !is_boundary(first[k + 2])) {
        continue;
      }
      for (auto& a : out) {
        if (has_source(a)) continue;
        a.source = first[k].span;
        a.source_text = it->second;
        a.source_id = source_id_for(doc, a.source, true);
        a.kind = Cue::kAgency;
        a.cue = Span{first[k - 1].span.begin, first[k + 1].span.end};
      }
      break;
    }
  }
  return out;
}

}  // namespace lagebild
