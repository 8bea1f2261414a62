// extract_quantities: numbers with their approximator, unit, counted thing and source. The rules
// are documented in include/lagebild/claims.h; this file applies them sentence by sentence.
#include <optional>

#include "claims/lexicons.h"
#include "claims/noun_phrase.h"
#include "claims/numbers.h"
#include "claims/words.h"
#include "lagebild/claims.h"

namespace lagebild {
namespace {

using claims::Word;
using claims::word_is;
using Tables = ClaimLexicons::Tables;
using NumberKind = Tables::NumberKind;
using WordClass = Tables::WordClass;

// One number, possibly scaled: "36,9 Milliarden", "zwei Drittel", "Tausende", "die Hälfte".
struct NumberGroup {
  size_t first = 0;
  size_t end = 0;  // one past the last word
  double value = 0;
  double scale = 1;        // the multiplier applied, 1 if none
  bool vague = false;      // Tausende: "more than"
  bool fraction = false;   // a share: unit "Anteil"
  bool year_like = false;  // four digits from 1000 to 2100, no separator
};

bool is_multiplier(const Word& w, const Tables& t, double* scale) {
  const auto* nw = t.number_word(w.lower);
  if (nw == nullptr) return false;
  if (nw->kind == NumberKind::kMultiplier) {
    *scale = nw->value;
    return true;
  }
  return false;
}

// Whether a capitalised number word at word i is a number ("Sechs Kinder" at the start of a
// sentence or a quotation) rather than a noun ("die Elf", "außer Acht").
bool capital_allowed(const std::vector<Word>& w, size_t i) {
  if (!w[i].upper || i == 0) return true;
  const Word& prev = w[i - 1];
  return prev.quote_mark || prev.text == "(" || prev.text == ":" || prev.text == "–";
}

std::optional<NumberGroup> number_group(const std::vector<Word>& w, size_t i, const Tables& t) {
  if (i >= w.size()) return std::nullopt;
  NumberGroup g;
  g.first = i;
  size_t end = i + 1;
  const Word& x = w[i];
  if (x.kind == TokenKind::kNumber) {
    auto d = claims::parse_digits(x.text);
    if (!d) return std::nullopt;
    g.value = d->value;
    g.year_like =
        !d->has_separator && d->integer_digits == 4 && d->value >= 1000 && d->value <= 2100;
  } else if (x.kind == TokenKind::kWord || x.kind == TokenKind::kAbbreviation) {
    const auto* nw = t.number_word(x.lower);
    if ((x.lower == "die" || x.lower == "der") && word_is(w, i + 1, "hälfte")) {
      g.value = 0.5;
      g.fraction = true;
      g.end = i + 2;
      return g;
    }
    if (nw != nullptr && nw->kind == NumberKind::kArticle) {
      // "eine Million", "ein Drittel", "eine halbe Million", "ein Dutzend": otherwise an article.
      double scale = 1;
      const Word* next = i + 1 < w.size() ? &w[i + 1] : nullptr;
      if (next == nullptr) return std::nullopt;
      const auto* nn = t.number_word(next->lower);
      if (next->lower.rfind("halbe", 0) == 0 && i + 2 < w.size() &&
          is_multiplier(w[i + 2], t, &scale)) {
        g.value = 0.5 * scale;
        g.scale = scale;
        g.end = i + 3;
        return g;
      }
      if (nn == nullptr || (nn->kind != NumberKind::kMultiplier &&
                            nn->kind != NumberKind::kFraction && next->lower != "dutzend")) {
        return std::nullopt;
      }
      g.value = 1;
    } else if (nw != nullptr && nw->kind == NumberKind::kVague) {
      g.value = nw->value;
      g.vague = true;
      g.end = end;
      return g;
    } else if (nw != nullptr && nw->kind == NumberKind::kMultiplier) {
      // "Millionen Menschen": a plural multiplier standing alone is vague.
      if (x.lower != "millionen" && x.lower != "milliarden") return std::nullopt;
      g.value = nw->value;
      g.vague = true;
      g.end = end;
      return g;
    } else {
      auto v = claims::parse_number_word(x.lower, t);
      if (!v || !capital_allowed(w, i)) return std::nullopt;
      g.value = *v;
    }
  } else {
    return std::nullopt;
  }
  // Multiplier: "1,5 Millionen", "33,76 Mrd.", "10 Tausend".
  double scale = 1;
  if (end < w.size() &&
      (is_multiplier(w[end], t, &scale) || (w[end].lower == "tausend" && (scale = 1000) > 0))) {
    g.value *= scale;
    g.scale = scale;
    ++end;
  } else if (end < w.size()) {
    const auto* nw = t.number_word(w[end].lower);
    if (nw != nullptr && nw->kind == NumberKind::kFraction && g.value < 100) {
      g.value *= nw->value;
      g.fraction = true;
      ++end;
    } else if (w[end].lower == "dutzend") {
      g.value *= 12;
      ++end;
    }
  }
  g.end = end;
  return g;
}

// Nouns that name a measure, not a thing: "in der Höhe von 1,4 Millionen Euro" counts nothing.
bool is_measure_noun(const std::string& lower) {
  return lower == "höhe" || lower == "wert" || lower == "umfang" || lower == "betrag" ||
         lower == "summe" || lower == "gesamtwert";
}

bool is_dash(const Word& w) {
  return w.text == "-" || w.text == "\xE2\x80\x93";
}  // - –

// The longest approximator phrase that ends right before word `start`; sets *first to its
// first word.
std::string approximator_before(const std::vector<Word>& w, size_t start, const Tables& t,
                                size_t* first) {
  *first = start;
  if (start == 0) return {};
  auto it = t.approximators.find(w[start - 1].lower);
  if (it == t.approximators.end()) return {};
  std::string best;
  size_t best_len = 0;
  for (const auto& a : it->second) {
    size_t len = a.words.size();
    if (len > start || len <= best_len) continue;
    bool match = true;
    for (size_t k = 0; k < len && match; ++k) match = w[start - len + k].lower == a.words[k];
    if (match) {
      best = a.approx;
      best_len = len;
    }
  }
  *first = start - best_len;
  return best;
}

template <typename Layer>
bool overlaps_layer(const Layer& layer, const Span& span) {
  for (const auto& s : layer) {
    if (s.overlaps(span)) return true;
  }
  return false;
}

bool overlaps_time(const Document& doc, const Span& span) {
  for (const auto& t : doc.timexes) {
    if (t.overlaps(span) &&
        (t.type == "DATE" || t.type == "TIME" || t.type == "DURATION" || t.type == "SET")) {
      return true;
    }
  }
  return false;
}

bool is_letter_or_digit_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Digits glued to a name: "F-16", "Su-25", "G20" when the tokenizer split them off.
bool glued_to_name(const Document& doc, const Word& x) {
  if (x.kind != TokenKind::kNumber) return false;
  const std::string& s = doc.text;
  if (x.span.begin > 0) {
    char before = s[x.span.begin - 1];
    if (before == '-' || is_letter_or_digit_byte(before)) return true;
  }
  if (x.span.end < s.size()) {
    char after = s[x.span.end];
    if (is_letter_or_digit_byte(after)) return true;
    if (after == '-' && x.span.end + 1 < s.size() && is_letter_or_digit_byte(s[x.span.end + 1])) {
      return true;
    }
  }
  return false;
}

std::string join_range(const Document& doc, const std::vector<Word>& w,
                       const claims::WordRange& r) {
  return std::string(claims::words_text(doc, w, r.first, r.last));
}

class SentenceQuantities {
 public:
  SentenceQuantities(Document& doc, const Tables& t, const std::vector<Word>& w,
                     const std::string& source)
      : doc_(doc), t_(t), w_(w), source_(source) {}

  void run() {
    size_t i = 0;
    while (i < w_.size()) i = try_at(i);
  }

 private:
  // Tries a quantity starting at word i; returns where to go on.
  size_t try_at(size_t i) {
    auto g1 = number_group(w_, i, t_);
    if (!g1) return i + 1;
    size_t start = i;
    size_t end = g1->end;
    double value = g1->value;
    std::optional<double> upper;
    bool range = false;
    bool ratio = false;
    std::optional<NumberGroup> g2;

    // Ranges and ratios.
    size_t j = g1->end;
    if (word_is(w_, j, "bis")) {
      size_t k = word_is(w_, j + 1, "zu") ? j + 2 : j + 1;
      g2 = number_group(w_, k, t_);
      range = g2.has_value();
    } else if (j < w_.size() && is_dash(w_[j])) {
      g2 = number_group(w_, j + 1, t_);
      range = g2.has_value();
    } else if (word_is(w_, j, "und") && start > 0 && word_is(w_, start - 1, "zwischen")) {
      g2 = number_group(w_, j + 1, t_);
      if (g2) {
        range = true;
        start -= 1;
      }
    } else if (word_is(w_, j, "von") ||
               (word_is(w_, j, "der") && word_is(w_, j + 1, "insgesamt"))) {
      size_t k = word_is(w_, j + 1, "insgesamt") ? j + 2 : j + 1;
      g2 = number_group(w_, k, t_);
      if (g2 && g2->value >= g1->value && !g2->fraction) {
        ratio = true;
      } else {
        g2.reset();
      }
    }
    if (g2) {
      if (g2->scale != 1 && g1->scale == 1 && !ratio) value *= g2->scale;
      upper = g2->value;
      end = g2->end;
      if (range && start == i && start >= 1 && word_is(w_, start - 1, "von") &&
          !(start >= 2 && (word_is(w_, start - 2, "wert") || word_is(w_, start - 2, "höhe")))) {
        start -= 1;  // "von 10 bis 20"
      }
    }

    // Unit after the number; a currency symbol may stand before it.
    std::string unit;
    std::string unit_kind;
    if (end < w_.size()) {
      if (const auto* u = t_.unit(w_[end].lower)) {
        unit = u->canonical;
        unit_kind = u->kind;
        ++end;
      }
    }
    if (unit.empty() && start > 0 && w_[start - 1].kind == TokenKind::kSymbol) {
      if (const auto* u = t_.unit(w_[start - 1].lower); u != nullptr && u->kind == "currency") {
        unit = u->canonical;
        unit_kind = u->kind;
        start -= 1;
      }
    }
    const bool fraction = g1->fraction || (g2 && g2->fraction);
    if (fraction && unit.empty()) {
      unit = "Anteil";
      unit_kind = "percent";
    }

    // Durations, ages and times of day belong to the time tagger.
    if (end < w_.size() && t_.time_units.count(w_[end].lower) != 0) return end + 1;

    size_t approx_first = start;
    std::string approx = approximator_before(w_, start, t_, &approx_first);
    start = approx_first;
    if (approx.empty() && (g1->vague || (g2 && g2->vague))) approx = "MORE_THAN";

    const bool bare = unit.empty() && approx.empty() && g1->scale == 1 && !g2 && !g1->vague;
    // Labels after a name: "Nord Stream 1 und 2", "Artikel 5", "Nummer eins"; but "in der Nacht
    // 27 Drohnen" counts something.
    if (bare && i > 0 && w_[i - 1].upper && w_[i - 1].kind == TokenKind::kWord &&
        !t_.is_function_word(w_[i - 1].lower) && !claims::counted_phrase(w_, end, t_)) {
      size_t next = g1->end;
      while ((word_is(w_, next, "und") || word_is(w_, next, "oder")) &&
             number_group(w_, next + 1, t_)) {
        next = number_group(w_, next + 1, t_)->end;
      }
      return next;
    }
    // "vor 2. Welle": a period inside the sentence right after the number makes it an ordinal
    // the tokenizer did not recognise.
    if (g1->end == i + 1 && w_[i].kind == TokenKind::kNumber && word_is(w_, i + 1, ".") &&
        i + 2 < w_.size()) {
      return i + 2;
    }
    Span number_span{w_[i].span.begin, w_[end - 1].span.end};
    if (glued_to_name(doc_, w_[i]) || overlaps_layer(doc_.entities, number_span) ||
        overlaps_time(doc_, number_span)) {
      return end;
    }

    // The counted thing.
    std::optional<claims::WordRange> counted;
    if (unit_kind == "percent") {
      size_t k = end;
      if (word_is(w_, k, "des") || word_is(w_, k, "der") || word_is(w_, k, "aller")) ++k;
      counted = claims::counted_phrase(w_, k, t_);
    } else if (unit_kind == "currency") {
      counted = claims::counted_phrase(w_, end, t_);
      if (!counted && start >= 4 && word_is(w_, start - 1, "von") &&
          ((word_is(w_, start - 2, "wert") && word_is(w_, start - 3, "im")) ||
           (word_is(w_, start - 2, "höhe") && word_is(w_, start - 3, "in")) ||
           (word_is(w_, start - 2, "umfang") && word_is(w_, start - 3, "im")))) {
        counted = claims::phrase_ending_at(w_, start - 4, t_);
      } else if (!counted && start >= 2 && word_is(w_, start - 1, "von") &&
                 !is_measure_noun(w_[start - 2].lower)) {
        counted = claims::phrase_ending_at(w_, start - 2, t_);  // "ein Umsatz von 12 Mrd. Euro"
      }
    } else {
      counted = claims::counted_phrase(w_, end, t_);
    }

    // Years: "seit 2014", "im Sommer 2023", "2022 und 2023"; a count needs something counted.
    if (g1->year_like && g1->scale == 1 && unit.empty() && approx.empty() &&
        (!g2 || g2->year_like)) {
      bool cue = i > 0 && t_.year_cues.count(w_[i - 1].lower) != 0;
      if (cue || !counted) return end;
    }

    Quantity q;
    q.begin = w_[start].span.begin;
    q.end = w_[end - 1].span.end;
    q.value = value;
    q.upper = upper;
    q.unit = unit;
    q.approx = approx;
    if (counted) q.counted = join_range(doc_, w_, *counted);
    q.source = source_;
    // "36,9 Milliarden US-Dollar (33,76 Mrd. Euro)": the bracketed amount converts the one
    // before it, so it counts the same thing with the same approximation.
    if (start >= 1 && w_[start - 1].text == "(" && last_end_ + 1 == start && last_index_ >= 0) {
      const Quantity& before = doc_.quantities[static_cast<size_t>(last_index_)];
      if (q.counted.empty()) q.counted = before.counted;
      if (q.approx.empty()) q.approx = before.approx;
    }
    doc_.quantities.push_back(std::move(q));
    last_index_ = static_cast<long>(doc_.quantities.size()) - 1;
    last_end_ = end;
    return end;
  }

  Document& doc_;
  const Tables& t_;
  const std::vector<Word>& w_;
  const std::string& source_;
  long last_index_ = -1;
  size_t last_end_ = static_cast<size_t>(-1);
};

}  // namespace

void extract_quantities(Document& doc, const ClaimLexicons& lexicons,
                        const std::vector<Attribution>& attributions) {
  doc.quantities.clear();
  const Tables& t = lexicons.tables();
  claims::QuoteState quotes;
  static const std::string kNoSource;
  size_t paragraph = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    // Quotation marks never run across paragraphs; an unbalanced one stops at the paragraph end.
    while (paragraph < doc.paragraphs.size() && doc.paragraphs[paragraph].end <= sentence.begin) {
      ++paragraph;
      quotes = {};
    }
    auto words = claims::sentence_words(doc, sentence, quotes);
    const std::string& source = s < attributions.size() ? attributions[s].source_key() : kNoSource;
    SentenceQuantities(doc, t, words, source).run();
  }
}

void extract_quantities(Document& doc, const ClaimLexicons& lexicons) {
  extract_quantities(doc, lexicons, attribute_sentences(doc, lexicons));
}

}  // namespace lagebild
