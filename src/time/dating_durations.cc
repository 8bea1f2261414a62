#include "time/dating_durations.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <lagebild/error.h>

#include "time/dating_calendar.h"

namespace lagebild::dating {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::vector<AnchorWord> word_list(const std::string& s) {
  std::vector<AnchorWord> out;
  for (auto& w : split(s, ',')) {
    w = trim(w);
    if (w.empty()) continue;
    AnchorWord word;
    word.prefix = w.back() == '*';
    if (word.prefix) w.pop_back();
    // The tokenizer's folding, so that table and text agree on case.
    for (const auto& t : tokenize_for_dating(w)) word.text += t.lower;
    if (!word.text.empty()) out.push_back(std::move(word));
  }
  return out;
}

bool word_matches(const std::string& token, const AnchorWord& w) {
  size_t start = 0;
  while (start <= token.size()) {
    const size_t dash = token.find('-', start);
    const std::string_view part = std::string_view(token).substr(
        start, dash == std::string::npos ? std::string::npos : dash - start);
    if (w.prefix ? part.substr(0, w.text.size()) == w.text : part == w.text) return true;
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  // A compound with the word at its end: "Angriffskrieg", "Ukrainekrieg".
  return w.prefix && token.size() > w.text.size() + 3 &&
         token.find(w.text, token.size() - w.text.size() - 2) != std::string::npos;
}

bool window_has(const std::vector<DatingToken>& tokens, size_t first, size_t last,
                const std::vector<AnchorWord>& words) {
  for (size_t k = first; k <= last && k < tokens.size(); ++k)
    for (const auto& w : words)
      if (word_matches(tokens[k].lower, w)) return true;
  return false;
}

std::string describe(double months, int mod) {
  const char* prefix = mod > 0 ? "more than " : mod < 0 ? "almost " : "";
  if (months >= 12) return fmt::format("{}{:g} years", prefix, std::round(months / 6) / 2);
  return fmt::format("{}{:g} months", prefix, std::round(months * 10) / 10);
}

void add_item(const Document& doc, Span span, const std::string& event, int anchor_day,
              const std::string& anchor, double months, double step, int mod,
              std::vector<EvidenceItem>& out) {
  EvidenceItem e;
  e.source = Source::kDuration;
  e.span = span;
  e.likelihood = duration_likelihood(anchor_day, months, step, mod);
  const int end = anchor_day + static_cast<int>(std::lround(months * 30.44));
  e.why = fmt::format("duration since {} ({}) '{}': {} → {} {}", event, anchor, doc.slice(span),
                      describe(months, mod), mod < 0 ? "before" : "after",
                      format_day_number(end).substr(0, 7));
  out.push_back(std::move(e));
}

}  // namespace

bool parse_duration_months(const std::string& value, double& months, double& step) {
  if (value.size() < 3 || value[0] != 'P' || value.find('T') != std::string::npos) return false;
  months = 0;
  step = 0;
  size_t i = 1;
  while (i < value.size()) {
    size_t j = i;
    while (j < value.size() && ((value[j] >= '0' && value[j] <= '9') || value[j] == '.')) ++j;
    if (j == i || j >= value.size()) return false;
    const double n = std::stod(value.substr(i, j - i));
    double unit = 0;
    switch (value[j]) {
      case 'Y':
        unit = 12;
        break;
      case 'M':
        unit = 1;
        break;
      case 'W':
        unit = 7 / 30.44;
        break;
      case 'D':
        unit = 1 / 30.44;
        break;
      default:
        return false;
    }
    months += n * unit;
    step = (n != std::floor(n)) ? unit / 2 : unit;
    i = j + 1;
  }
  return months > 0;
}

std::shared_ptr<const AnchorEvents> AnchorEvents::load(const std::string& path) {
  auto table = std::make_shared<AnchorEvents>();
  std::ifstream in(path);
  if (!in) return table;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    const auto cols = split(line, '\t');
    if (cols.size() < 3)
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  "expected DATE, NAME, TRIGGERS[, CONTEXT, SOURCE] separated by tabs");
    AnchorEvent e;
    e.date = trim(cols[0]);
    e.name = trim(cols[1]);
    int y = 0, m = 0, d = 0;
    if (!parse_date(e.date, y, m, d))
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_no),
                  "bad date '" + e.date + "' (want YYYY-MM or YYYY-MM-DD)");
    e.day = day_number(y, m, d == 0 ? 1 : d);
    e.triggers = word_list(cols[2]);
    if (cols.size() > 3) e.context = word_list(cols[3]);
    table->events_.push_back(std::move(e));
  }
  return table;
}

void duration_evidence(const Document& doc, const std::vector<DatingToken>& tokens,
                       const std::vector<DateCue>& cues, const AnchorEvents* events,
                       std::vector<EvidenceItem>& out) {
  std::vector<Span> from_timexes;
  for (const auto& t : doc.timexes) {
    if (t.type != "DURATION" || t.anchor.empty()) continue;
    double months = 0, step = 0;
    int y = 0, m = 0, d = 0;
    if (!parse_duration_months(t.value, months, step) || !parse_date(t.anchor, y, m, d)) continue;
    const int mod = t.mod == "MORE_THAN" || t.mod == "EQUAL_OR_MORE"   ? 1
                    : t.mod == "LESS_THAN" || t.mod == "EQUAL_OR_LESS" ? -1
                                                                       : 0;
    std::string name = "the event";
    if (events != nullptr)
      for (const auto& e : events->events())
        if (e.date == t.anchor) name = e.name;
    add_item(doc, t, name, day_number(y, m, d == 0 ? 1 : d), t.anchor, months, step, mod, out);
    from_timexes.push_back(t);
  }
  if (events == nullptr) return;
  for (const auto& c : cues) {
    // Days and weeks since a war's start only date its first weeks, and "seit drei Tagen" next
    // to "Luftangriffe" is about the raids, not the invasion: a month at least.
    if (c.kind != DateCue::Kind::kDuration || c.months < 1) continue;
    const Span span{c.begin, c.end};
    bool covered = false;
    for (const auto& s : from_timexes) covered = covered || s.overlaps(span);
    if (covered) continue;
    // An event whose context word stands in the sentence beats one whose context word is only
    // somewhere in the article ("Region Donezk" elsewhere must not turn the invasion of the
    // sentence into the Donbas war of 2014).
    const AnchorEvent* found = nullptr;
    for (const bool in_sentence : {true, false}) {
      for (const auto& e : events->events()) {
        if (found != nullptr) break;
        if (!window_has(tokens, c.context_first, c.context_last, e.triggers)) continue;
        const bool context =
            e.context.empty() ||
            (in_sentence ? window_has(tokens, c.context_first, c.context_last, e.context)
                         : window_has(tokens, 0, tokens.size() - 1, e.context));
        if (context) found = &e;
      }
    }
    if (found != nullptr)
      add_item(doc, span, found->name, found->day, found->date, c.months, c.step, c.mod, out);
  }
}

}  // namespace lagebild::dating
