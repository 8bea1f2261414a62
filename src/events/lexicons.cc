// Loads data/de/events/*.tsv into EventLexicons::Tables and generates the verb forms.
#include "events/lexicons.h"

#include <algorithm>

#include "claims/tsv_lines.h"
#include "claims/words.h"
#include "core/paths.h"
#include "lagebild/error.h"

namespace lagebild {
namespace {

using Tables = EventLexicons::Tables;
using Form = Tables::Form;

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool starts_with(std::string_view s, std::string_view start) {
  return s.size() >= start.size() && s.compare(0, start.size(), start) == 0;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (comma > start) out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// The PLOVER types the stage knows (issue 5 §3).
bool known_type(const std::string& type) {
  static const std::unordered_set<std::string> kTypes = {
      "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
      "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
  return kTypes.count(type) != 0;
}

std::string checked_type(const std::string& type, const std::string& where) {
  if (!known_type(type)) {
    throw Error(Error::Code::kInvalidData, where, "unknown PLOVER type '" + type + "'");
  }
  return type;
}

std::string dash_empty(const std::string& s) {
  return s == "-" ? std::string() : s;
}

// A weak verb's stem inserts -e- before -t when it ends in t, d, or a consonant + m/n that is
// not l, r, h, m, n ("meldet", "unterzeichnet", but "lehnt").
bool needs_e(std::string_view stem) {
  if (stem.empty()) return false;
  char last = stem.back();
  if (last == 't' || last == 'd') return true;
  if ((last == 'm' || last == 'n') && stem.size() >= 2) {
    if (ends_with(stem, "chn") || ends_with(stem, "ffn")) return true;
    char prev = stem[stem.size() - 2];
    return std::string_view("aeiouylrhmn").find(prev) == std::string_view::npos &&
           static_cast<unsigned char>(prev) < 0x80;
  }
  return false;
}

bool inseparable(std::string_view base) {
  for (std::string_view prefix :
       {"be", "ver", "er", "ent", "zer", "ge", "miss", "emp", "über", "unter", "wider", "hinter"}) {
    if (starts_with(base, prefix) && base.size() > prefix.size() + 4) return true;
  }
  return false;
}

}  // namespace

std::vector<GeneratedForm> generate_verb_forms(const std::string& verb_with_bar,
                                               const std::vector<std::string>& forms) {
  std::string particle;
  std::string base = verb_with_bar;
  if (size_t bar = verb_with_bar.find('|'); bar != std::string::npos) {
    particle = verb_with_bar.substr(0, bar);
    base = verb_with_bar.substr(bar + 1);
  }
  std::string stem;
  if (ends_with(base, "eln") || ends_with(base, "ern")) {
    stem = base.substr(0, base.size() - 1);
  } else if (ends_with(base, "en")) {
    stem = base.substr(0, base.size() - 2);
  } else if (ends_with(base, "n")) {
    stem = base.substr(0, base.size() - 1);
  } else {
    stem = base;
  }
  std::vector<GeneratedForm> out;
  const bool sep = !particle.empty();
  auto finite = [&](const std::string& f) {
    out.push_back({f, Form::kFinite, sep});
    if (sep) out.push_back({particle + f, Form::kFinite, false});  // "..., dass er ablehnte"
  };
  // The infinitive: with a particle, the bare base is a finite plural needing the particle.
  out.push_back({particle + base, Form::kInfinitive, false});
  if (sep) {
    out.push_back({base, Form::kFinite, true});
    out.push_back({particle + "zu" + base, Form::kInfinitive, false});
  }
  finite(stem + "e");
  if (forms.empty()) {
    const std::string se = needs_e(stem) ? stem + "e" : stem;
    for (const char* ending : {"st", "t", "te", "test", "ten", "tet"}) finite(se + ending);
    const bool ge = !inseparable(base) && !ends_with(base, "ieren");
    out.push_back({particle + (ge ? "ge" : "") + se + "t", Form::kParticiple, false});
  } else {
    finite(forms[0]);  // 3rd person present
    finite(forms[1]);  // past singular
    finite(forms[2]);  // past plural
    out.push_back({particle + forms[3], Form::kParticiple, false});
  }
  return out;
}

namespace {

std::vector<Tables::Condition> parse_conditions(std::string text, const std::string& where,
                                                bool* inverse) {
  using Kind = Tables::Condition::Kind;
  std::vector<Tables::Condition> out;
  if (text.size() > 8 && text.compare(text.size() - 8, 8, "+inverse") == 0) {
    *inverse = true;
    text.resize(text.size() - 8);
  }
  if (text == "-") return out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t bar = text.find('|', start);
    if (bar == std::string::npos) bar = text.size();
    const std::string part = text.substr(start, bar - start);
    Tables::Condition c;
    if (part == "refl") {
      c.kind = Kind::kRefl;
    } else if (part == "actors") {
      c.kind = Kind::kActors;
    } else if (part == "persons") {
      c.kind = Kind::kPersons;
    } else if (starts_with(part, "prep:") && part.size() > 5) {
      c.kind = Kind::kPrep;
      c.words = {part.substr(5)};
    } else if (starts_with(part, "object:") && part.size() > 7) {
      c.kind = Kind::kObject;
      for (auto& w : split_commas(part.substr(7))) c.words.push_back(claims::fold_case(w));
    } else {
      throw Error(Error::Code::kInvalidData, where, "unknown condition '" + part + "'");
    }
    out.push_back(std::move(c));
    start = bar + 1;
  }
  return out;
}

uint16_t cue_bit(const std::string& kind, const std::string& where) {
  static const std::unordered_map<std::string, uint16_t> kKinds = {
      {"negation", Tables::kNegation},
      {"refuse", Tables::kRefuse},
      {"future_aux", Tables::kFutureAux},
      {"future", Tables::kFuture},
      {"hypothetical", Tables::kHypothetical},
      {"future_attr", Tables::kFutureAttr},
      {"hypothetical_attr", Tables::kHypotheticalAttr},
      {"passive", Tables::kPassive},
      {"pair", Tables::kPair},
      {"relative", Tables::kRelative},
      {"not_trigger", Tables::kNotTrigger},
      {"determiner_form", Tables::kDeterminerForm},
      {"first_person_form", Tables::kFirstPersonForm},
      {"subordinator", Tables::kSubordinator},
  };
  auto it = kKinds.find(kind);
  if (it == kKinds.end())
    throw Error(Error::Code::kInvalidData, where, "unknown cue '" + kind + "'");
  return it->second;
}

uint32_t tail3(std::string_view s) {
  uint32_t key = 0;
  for (size_t i = s.size() - 3; i < s.size(); ++i)
    key = (key << 8) | static_cast<unsigned char>(s[i]);
  return key;
}

std::unique_ptr<Tables> load(const EventLexicons::Options& options) {
  using claims::read_tsv;
  auto t = std::make_unique<Tables>();
  const std::string dir =
      !options.dir.empty() && options.dir[0] == '/' ? options.dir : data_path(options.dir);

  read_tsv(dir, "verbs.tsv", 5, [&](const auto& f, const std::string& where) {
    const std::string& verb = f[0];
    if (verb.find(' ') != std::string::npos || verb.front() == '|' || verb.back() == '|' ||
        std::count(verb.begin(), verb.end(), '|') > 1 || !ends_with(verb, "n")) {
      throw Error(Error::Code::kInvalidData, where, "not an infinitive: '" + verb + "'");
    }
    std::vector<std::string> forms;
    if (f[3] != "-") {
      forms = split_commas(claims::fold_case(f[3]));
      if (forms.size() != 4) {
        throw Error(Error::Code::kInvalidData, where,
                    "expected 4 stem forms (present,past,past plural,participle) or '-'");
      }
    }
    if (t->verbs.size() >= UINT16_MAX) throw Error(Error::Code::kInvalidData, where, "too many");
    Tables::Verb v;
    v.type = checked_type(f[1], where);
    v.mode = dash_empty(f[2]);
    if (size_t bar = verb.find('|'); bar != std::string::npos) v.particle = verb.substr(0, bar);
    v.infinitive = verb;
    v.infinitive.erase(std::remove(v.infinitive.begin(), v.infinitive.end(), '|'),
                       v.infinitive.end());
    v.any_of = parse_conditions(f[4], where, &v.inverse);
    const auto index = static_cast<uint16_t>(t->verbs.size());
    t->verbs.push_back(std::move(v));
    for (auto& g : generate_verb_forms(verb, forms)) {
      auto& list = t->verb_forms[g.text];
      // One verb line gives one entry per distinct (form, particle) reading.
      bool seen = false;
      for (const auto& x : list) {
        seen |= x.verb == index && x.form == g.form && x.needs_particle == g.needs_particle;
      }
      if (!seen) list.push_back({index, g.form, g.needs_particle});
    }
  });

  read_tsv(dir, "nouns.tsv", 4, [&](const auto& f, const std::string& where) {
    const std::string type = checked_type(f[1], where);
    if (f[3] != "-" && f[3] != "modifier") {
      throw Error(Error::Code::kInvalidData, where, "condition must be '-' or 'modifier'");
    }
    for (const auto& form : split_commas(f[0])) {
      if (form.size() < 3) throw Error(Error::Code::kInvalidData, where, "noun too short");
      if (t->noun_forms.count(form) != 0) {
        throw Error(Error::Code::kInvalidData, where, "duplicate noun '" + form + "'");
      }
      t->noun_forms.emplace(form, static_cast<uint16_t>(t->nouns.size()));
      t->nouns.push_back({form, type, dash_empty(f[2]), f[3] == "modifier"});
      t->noun_tails.insert(tail3(form));
      t->noun_tail_filter.add(std::string_view(form).substr(form.size() - 3));
      const auto len = static_cast<uint32_t>(form.size());
      if (std::find(t->noun_lengths.begin(), t->noun_lengths.end(), len) == t->noun_lengths.end()) {
        t->noun_lengths.push_back(len);
      }
    }
  });
  std::sort(t->noun_lengths.rbegin(), t->noun_lengths.rend());

  read_tsv(dir, "modes.tsv", 4, [&](const auto& f, const std::string& where) {
    std::string new_type = dash_empty(f[3]);
    if (!new_type.empty()) checked_type(new_type, where);
    if (f[2].empty() || f[2] == "-") throw Error(Error::Code::kInvalidData, where, "no mode");
    t->mode_cues.push_back({f[0], checked_type(f[1], where), f[2], new_type});
  });

  read_tsv(dir, "cues.tsv", 2,
           [&](const auto& f, const std::string& where) { t->cues[f[0]] |= cue_bit(f[1], where); });
  t->verb_form_filter.add_keys(t->verb_forms);
  t->cue_filter.add_keys(t->cues);

  read_tsv(dir, "arguments.tsv", 3, [&](const auto& f, const std::string& where) {
    auto words = split_commas(claims::fold_case(f[2]));
    if (words.empty()) throw Error(Error::Code::kInvalidData, where, "no prepositions");
    if (f[0] == "target") {
      auto& list = t->target_preps[checked_type(f[1], where)];
      list.insert(list.end(), words.begin(), words.end());
    } else if (f[0] == "agent" || f[0] == "giver" || f[0] == "place") {
      if (f[1] != "*") throw Error(Error::Code::kInvalidData, where, "type must be '*'");
      auto& set = f[0] == "agent"   ? t->agent_preps
                  : f[0] == "giver" ? t->giver_preps
                                    : t->place_preps;
      set.insert(words.begin(), words.end());
    } else {
      throw Error(Error::Code::kInvalidData, where, "unknown role '" + f[0] + "'");
    }
  });
  return t;
}

}  // namespace

const std::vector<Tables::VerbForm>* Tables::verb_form(std::string_view lower) const {
  if (!verb_form_filter.may_contain(lower)) return nullptr;
  auto it = verb_forms.find(lower);
  return it == verb_forms.end() ? nullptr : &it->second;
}

uint16_t Tables::cue(std::string_view lower) const {
  if (!cue_filter.may_contain(lower)) return 0;
  auto it = cues.find(lower);
  return it == cues.end() ? 0 : it->second;
}

const Tables::Noun* Tables::noun(std::string_view lower, size_t* head_begin) const {
  // The word itself, then without one regular ending.
  std::string_view candidates[4];
  size_t n = 0;
  candidates[n++] = lower;
  for (std::string_view ending : {"en", "es", "n", "s", "e"}) {
    if (lower.size() > ending.size() + 3 && ends_with(lower, ending)) {
      candidates[n++] = lower.substr(0, lower.size() - ending.size());
      if (n == 4) break;
    }
  }
  for (size_t c = 0; c < n; ++c) {
    std::string_view w = candidates[c];
    if (w.size() < 3 || !noun_tail_filter.may_contain(w.substr(w.size() - 3)) ||
        noun_tails.count(tail3(w)) == 0) {
      continue;
    }
    for (uint32_t len : noun_lengths) {
      if (len > w.size()) continue;
      auto it = noun_forms.find(w.substr(w.size() - len));
      if (it != noun_forms.end()) {
        *head_begin = w.size() - len;
        return &nouns[it->second];
      }
    }
  }
  return nullptr;
}

EventLexicons::EventLexicons(const Options& options) : tables_(load(options)) {}
EventLexicons::EventLexicons() : EventLexicons(Options{}) {}
EventLexicons::~EventLexicons() = default;

}  // namespace lagebild
