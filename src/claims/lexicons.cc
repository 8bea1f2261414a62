// Loads data/de/claims/*.tsv into ClaimLexicons::Tables.
#include "claims/lexicons.h"

#include <charconv>

#include "claims/tsv_lines.h"
#include "claims/words.h"
#include "core/paths.h"
#include "lagebild/error.h"

namespace lagebild {
namespace {

using claims::read_tsv;
using claims::split_spaces;

double parse_value(const std::string& s, const std::string& where) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    throw Error(Error::Code::kInvalidData, where, "not a number: '" + s + "'");
  }
  return value;
}

std::unique_ptr<ClaimLexicons::Tables> load(const ClaimLexicons::Options& options) {
  using Tables = ClaimLexicons::Tables;
  auto t = std::make_unique<Tables>();
  const std::string dir =
      !options.dir.empty() && options.dir[0] == '/' ? options.dir : data_path(options.dir);

  read_tsv(dir, "number_words.tsv", 3, [&](const auto& f, const std::string& where) {
    Tables::NumberWord w;
    w.value = parse_value(f[1], where);
    if (f[2] == "cardinal")
      w.kind = Tables::NumberKind::kCardinal;
    else if (f[2] == "article")
      w.kind = Tables::NumberKind::kArticle;
    else if (f[2] == "vague")
      w.kind = Tables::NumberKind::kVague;
    else if (f[2] == "multiplier")
      w.kind = Tables::NumberKind::kMultiplier;
    else if (f[2] == "fraction")
      w.kind = Tables::NumberKind::kFraction;
    else
      throw Error(Error::Code::kInvalidData, where, "unknown number kind '" + f[2] + "'");
    t->number_words.emplace(f[0], w);
  });
  auto add_number_tail = [&](std::string_view word) {
    if (word.size() < 3) {
      t->number_tails_usable = false;
      return;
    }
    const size_t bit = Tables::number_tail_bit(word);
    t->number_tails[bit / 64] |= uint64_t{1} << (bit % 64);
  };
  for (std::string_view word : {"ein", "hundert", "tausend", "einhalb"}) add_number_tail(word);
  for (const auto& [word, number] : t->number_words) {
    if (number.kind == Tables::NumberKind::kCardinal) add_number_tail(word);
  }
  read_tsv(dir, "units.tsv", 3, [&](const auto& f, const std::string&) {
    t->units.emplace(f[0], Tables::Unit{f[1], f[2]});
  });
  read_tsv(dir, "approximators.tsv", 2, [&](const auto& f, const std::string& where) {
    Tables::Approximator a{split_spaces(f[0]), f[1]};
    if (a.words.empty()) throw Error(Error::Code::kInvalidData, where, "empty phrase");
    t->approximators[a.words.back()].push_back(std::move(a));
  });
  read_tsv(dir, "time_units.tsv", 1,
           [&](const auto& f, const std::string&) { t->time_units.insert(f[0]); });
  read_tsv(dir, "year_cues.tsv", 1,
           [&](const auto& f, const std::string&) { t->year_cues.insert(f[0]); });
  read_tsv(dir, "speech_verbs.tsv", 3, [&](const auto& f, const std::string& where) {
    Tables::SpeechVerb v;
    v.particle = f[1] == "-" ? std::string() : f[1];
    if (f[2] == "impersonal")
      v.impersonal = true;
    else if (f[2] != "speech")
      throw Error(Error::Code::kInvalidData, where, "unknown verb kind");
    t->speech_verbs.emplace(f[0], v);
  });
  read_tsv(dir, "report_nouns.tsv", 1,
           [&](const auto& f, const std::string&) { t->report_nouns.push_back(f[0]); });
  read_tsv(dir, "subjunctive.tsv", 1,
           [&](const auto& f, const std::string&) { t->subjunctive.insert(f[0]); });
  read_tsv(dir, "source_prefixes.tsv", 2,
           [&](const auto& f, const std::string&) { t->source_prefixes.emplace(f[0], f[1]); });
  read_tsv(dir, "agencies.tsv", 2,
           [&](const auto& f, const std::string&) { t->agencies.emplace(f[0], f[1]); });
  read_tsv(dir, "function_words.tsv", 2, [&](const auto& f, const std::string& where) {
    Tables::WordClass c;
    if (f[1] == "article")
      c = Tables::WordClass::kArticle;
    else if (f[1] == "preposition")
      c = Tables::WordClass::kPreposition;
    else if (f[1] == "pronoun")
      c = Tables::WordClass::kPronoun;
    else if (f[1] == "conjunction")
      c = Tables::WordClass::kConjunction;
    else if (f[1] == "adverb")
      c = Tables::WordClass::kAdverb;
    else if (f[1] == "verb")
      c = Tables::WordClass::kVerb;
    else if (f[1] == "other")
      c = Tables::WordClass::kOther;
    else
      throw Error(Error::Code::kInvalidData, where, "unknown word class '" + f[1] + "'");
    t->function_words.emplace(f[0], c);  // the first class listed wins
  });
  t->number_word_filter.add_keys(t->number_words);
  t->function_word_filter.add_keys(t->function_words);
  t->subjunctive_filter.add_keys(t->subjunctive);
  t->speech_verb_filter.add_keys(t->speech_verbs);
  return t;
}

}  // namespace

size_t ClaimLexicons::Tables::number_tail_bit(std::string_view lower) {
  const auto byte = [&](size_t back) {
    return static_cast<size_t>(static_cast<unsigned char>(lower[lower.size() - back]));
  };
  return (byte(3) * 961 + byte(2) * 31 + byte(1)) & 0xFFFF;
}

bool ClaimLexicons::Tables::may_be_number_word(std::string_view lower) const {
  if (!number_tails_usable || lower.size() < 3) return true;
  const size_t bit = number_tail_bit(lower);
  return (number_tails[bit / 64] >> (bit % 64)) & 1;
}

const ClaimLexicons::Tables::NumberWord* ClaimLexicons::Tables::number_word(
    const std::string& lower) const {
  if (!number_word_filter.may_contain(lower)) return nullptr;
  auto it = number_words.find(lower);
  return it == number_words.end() ? nullptr : &it->second;
}

const ClaimLexicons::Tables::Unit* ClaimLexicons::Tables::unit(const std::string& lower) const {
  auto it = units.find(lower);
  return it == units.end() ? nullptr : &it->second;
}

ClaimLexicons::Tables::WordClass ClaimLexicons::Tables::word_class(const std::string& lower) const {
  if (!function_word_filter.may_contain(lower)) return WordClass::kOther;
  auto it = function_words.find(lower);
  return it == function_words.end() ? WordClass::kOther : it->second;
}

const ClaimLexicons::Tables::SpeechVerb* ClaimLexicons::Tables::speech_verb(
    const std::string& lower) const {
  if (!speech_verb_filter.may_contain(lower)) return nullptr;
  auto it = speech_verbs.find(lower);
  return it == speech_verbs.end() ? nullptr : &it->second;
}

std::string_view ClaimLexicons::Tables::report_noun_suffix(std::string_view lower) const {
  std::string_view best;  // the longest: "pressemitteilung" over "mitteilung"
  for (const auto& noun : report_nouns) {
    if (noun.size() > best.size() && lower.size() >= noun.size() &&
        lower.compare(lower.size() - noun.size(), noun.size(), noun) == 0) {
      best = noun;
    }
  }
  return best;
}

ClaimLexicons::ClaimLexicons(const Options& options) : tables_(load(options)) {}
ClaimLexicons::ClaimLexicons() : ClaimLexicons(Options{}) {}
ClaimLexicons::~ClaimLexicons() = default;

}  // namespace lagebild
