// TimexRules::load: reads the lexicons (*.tsv) and pattern rules (rules.txt) of data/de/timex/,
// checks every line and compiles the patterns into Elements plus a first-token index. Any broken
// line is a lagebild::Error naming FILE:LINE and the reason (RE2's error_arg practice).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/paths.h"
#include "lagebild/error.h"
#include "time/timex_rules_impl.h"
#include "time/timex_scanner.h"

namespace lagebild {
namespace {

using timex::Element;
using timex::Lexicon;
using timex::NumClass;
using timex::Rule;

[[noreturn]] void fail(const std::string& where, const std::string& why) {
  throw Error(Error::Code::kInvalidData, where, why);
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Tokenises a lexicon form with the tagger's own scanner, so that "v. Chr." is the token
// sequence the text will show.
std::vector<std::string> form_tokens(const std::string& form) {
  timex::Scan scan;
  timex::scan(form, scan);
  std::vector<std::string> out;
  for (const auto& t : scan.toks) out.emplace_back(scan.low(t));
  return out;
}

// Adjective endings a form with a trailing * also matches (jahrelang* → jahrelange, -en ...).
const char* const kEndings[] = {"", "e", "en", "er", "em", "es", "n", "s"};

std::unique_ptr<Lexicon> load_lexicon(const std::string& path, const std::string& name) {
  std::ifstream in(path);
  if (!in) fail(path, "cannot read lexicon");
  auto lex = std::make_unique<Lexicon>();
  lex->name = name;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string where = path + ":" + std::to_string(line_no);
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) fail(where, "expected FORM<TAB>VALUE");
    std::string form = trim(line.substr(0, tab));
    std::string value = line.substr(tab + 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.pop_back();
    if (form.empty()) fail(where, "empty form");
    if (trim(value).empty()) fail(where, "empty value for '" + form + "'");
    bool star = form.back() == '*';
    if (star) form.pop_back();
    timex::lower_german(form);
    std::vector<std::string> toks = form_tokens(form);
    if (toks.empty()) fail(where, "form '" + form + "' has no tokens");
    for (const char* ending : kEndings) {
      if (!star && *ending) break;
      std::vector<std::string> t = toks;
      t.back() += ending;
      timex::LexEntry e;
      e.rest.assign(t.begin() + 1, t.end());
      e.value = value;
      lex->by_first[t.front()].push_back(std::move(e));
    }
  }
  for (auto& [first, entries] : lex->by_first) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.rest.size() > b.rest.size(); });
  }
  return lex;
}

struct ClassInfo {
  const char* name;
  NumClass cls;
};
const ClassInfo kClasses[] = {
    {"year", NumClass::kYear},     {"yearnum", NumClass::kYearNum},   {"day", NumClass::kDay},
    {"daynum", NumClass::kDayNum}, {"monthnum", NumClass::kMonthNum}, {"dmy", NumClass::kDmy},
    {"dm", NumClass::kDm},         {"iso", NumClass::kIso},           {"clock", NumClass::kClock},
    {"hour", NumClass::kHour},     {"minute", NumClass::kMinute},     {"count", NumClass::kCount},
    {"decade", NumClass::kDecade}, {"ordinal", NumClass::kOrdinal},
};

const std::set<std::string>& normaliser_names() {
  static const std::set<std::string> names = {"date", "relunit", "offset", "duration",
                                              "set",  "ref",     "range"};
  return names;
}

class RuleCompiler {
 public:
  explicit RuleCompiler(TimexRules::Impl& impl) : impl_(impl) {}

  const Lexicon& lexicon(const std::string& name, const std::string& where) {
    const Lexicon* lex = impl_.lexicon(name);
    if (lex == nullptr) fail(where, "unknown lexicon @" + name + " (no " + name + ".tsv)");
    return *lex;
  }

  // "name=@lex" or "@lex" → (slot, lexicon).
  std::pair<std::string, const Lexicon*> lex_part(const std::string& part,
                                                  const std::string& where) {
    std::string slot;
    std::string rest = part;
    size_t eq = part.find('=');
    if (eq != std::string::npos) {
      slot = part.substr(0, eq);
      rest = part.substr(eq + 1);
    }
    if (rest.size() < 2 || rest[0] != '@')
      fail(where, "expected @lexicon in compound '" + part + "'");
    const Lexicon& lex = lexicon(rest.substr(1), where);
    return {slot.empty() ? lex.name : slot, &lex};
  }

  Element element(std::string text, const std::string& where) {
    Element e;
    if (!text.empty() && text[0] == '!') {
      e.negative = true;
      text = text.substr(1);
    }
    if (text.size() > 1 && text.back() == '?') {
      e.optional = true;
      text.pop_back();
    }
    if (text.empty()) fail(where, "empty element");
    // slot= prefix (not for literals that are just "=")
    size_t eq = text.find('=');
    std::string slot;
    if (eq != std::string::npos && eq > 0 && text[0] != '#' &&
        text.find('+') == std::string::npos) {
      slot = text.substr(0, eq);
      text = text.substr(eq + 1);
      if (text.empty()) fail(where, "nothing after '" + slot + "='");
    }
    if (text[0] == '#') {
      // #-@lex / #+@lex: digits glued to a lexicon entry.
      if (text.size() < 3 || (text[1] != '-' && text[1] != '+'))
        fail(where, "expected #-@lexicon or #+@lexicon, got '" + text + "'");
      auto [s2, lex] = lex_part(text.substr(2), where);
      e.kind = Element::Kind::kDigitCompound;
      e.lexicon = lex;
      e.slot = "count";
      e.slot2 = s2;
      return e;
    }
    if (text[0] == '@' || text.find("=@") != std::string::npos) {
      size_t plus = text.find("+");
      if (plus != std::string::npos) {
        auto [s1, left] = lex_part(text.substr(0, plus), where);
        auto [s2, right] = lex_part(text.substr(plus + 1), where);
        e.kind = Element::Kind::kCompound;
        e.compound = compound(*left, *right);
        e.slot = s1;
        e.slot2 = s2;
        return e;
      }
      const Lexicon& lex = lexicon(text.substr(1), where);
      e.kind = Element::Kind::kLexicon;
      e.lexicon = &lex;
      e.slot = slot.empty() ? lex.name : slot;
      return e;
    }
    if (text[0] == '<') {
      if (text.back() != '>') fail(where, "unclosed class '" + text + "'");
      std::string name = text.substr(1, text.size() - 2);
      for (const auto& c : kClasses) {
        if (name == c.name) {
          e.kind = Element::Kind::kClass;
          e.num_class = c.cls;
          e.slot = slot;
          return e;
        }
      }
      fail(where, "unknown number class <" + name + ">");
    }
    if (text[0] == '\'') {
      if (text.size() < 3 || text.back() != '\'') fail(where, "unclosed quote in '" + text + "'");
      e.kind = Element::Kind::kLiteral;
      e.case_sensitive = true;
      e.literals = split(text.substr(1, text.size() - 2), '|');
      e.slot = slot;
      return e;
    }
    e.kind = Element::Kind::kLiteral;
    for (std::string lit : split(text, '|')) {
      if (lit.empty()) fail(where, "empty alternative in '" + text + "'");
      timex::lower_german(lit);
      if (form_tokens(lit).size() != 1)
        fail(where, "literal '" + lit + "' is not one token (use a lexicon for phrases)");
      e.literals.push_back(lit);
    }
    e.slot = slot;
    return e;
  }

  const timex::StringMap<std::pair<std::string, std::string>>* compound(const Lexicon& left,
                                                                        const Lexicon& right) {
    auto map = std::make_unique<timex::StringMap<std::pair<std::string, std::string>>>();
    for (const auto& [lf, les] : left.by_first) {
      for (const auto& le : les) {
        if (!le.rest.empty()) continue;
        for (const auto& [rf, res] : right.by_first) {
          for (const auto& re : res) {
            if (!re.rest.empty()) continue;
            map->emplace(lf + rf, std::make_pair(le.value, re.value));
            map->emplace(lf + "-" + rf, std::make_pair(le.value, re.value));
          }
        }
      }
    }
    impl_.compounds.push_back(std::move(map));
    return impl_.compounds.back().get();
  }

  Rule rule(const std::string& line, const std::string& where, int id) {
    Rule r;
    r.where = where;
    r.id = id;
    size_t colon = line.find(':');
    size_t arrow = line.find("=>");
    if (colon == std::string::npos || arrow == std::string::npos || colon > arrow)
      fail(where, "expected 'NAME: PATTERN => NORMALISER'");
    r.name = trim(line.substr(0, colon));
    if (r.name.empty() || r.name.find(' ') != std::string::npos) fail(where, "bad rule name");
    std::string pattern = trim(line.substr(colon + 1, arrow - colon - 1));
    std::string norm = trim(line.substr(arrow + 2));
    size_t paren = norm.find('(');
    if (paren != std::string::npos) {
      if (norm.back() != ')') fail(where, "rule " + r.name + ": unclosed '(' in normaliser");
      std::string args = norm.substr(paren + 1, norm.size() - paren - 2);
      norm = trim(norm.substr(0, paren));
      for (const std::string& arg : split(args, ',')) {
        size_t eq = arg.find('=');
        if (eq == std::string::npos)
          fail(where, "rule " + r.name + ": argument '" + trim(arg) + "' is not KEY=VALUE");
        r.fixed.emplace_back(trim(arg.substr(0, eq)), trim(arg.substr(eq + 1)));
      }
    }
    if (!normaliser_names().count(norm))
      fail(where, "rule " + r.name + ": unknown normaliser '" + norm + "'");
    r.normaliser = norm;
    // Elements separated by spaces; [..] marks context.
    std::vector<std::string> parts;
    for (const std::string& p : split(pattern, ' ')) {
      if (!trim(p).empty()) parts.push_back(trim(p));
    }
    if (parts.empty()) fail(where, "rule " + r.name + ": empty pattern");
    for (const std::string& p : parts) {
      std::string text = p;
      bool context = false;
      if (text.front() == '[') {
        if (text.back() != ']') fail(where, "rule " + r.name + ": unclosed '[' in '" + p + "'");
        text = text.substr(1, text.size() - 2);
        context = true;
      }
      try {
        Element e = element(text, where);
        e.context = context;
        r.elements.push_back(std::move(e));
      } catch (const Error& err) {
        if (err.where() != where) throw;
        fail(where, "rule " + r.name + ": " + std::string(err.what()).substr(where.size() + 2));
      }
    }
    // Context only at the ends; the anchor is the first element that is not context.
    size_t first = 0;
    while (first < r.elements.size() && r.elements[first].context) ++first;
    size_t last = r.elements.size();
    while (last > first && r.elements[last - 1].context) --last;
    if (first == last) fail(where, "rule " + r.name + ": pattern has only context");
    for (size_t i = first; i < last; ++i) {
      if (r.elements[i].context)
        fail(where, "rule " + r.name + ": context [..] only at the start or end");
    }
    for (size_t i = 0; i < first; ++i) {
      const Element& e = r.elements[i];
      if (e.kind != Element::Kind::kLiteral || e.optional || e.negative)
        fail(where, "rule " + r.name + ": leading context must be plain literals");
    }
    if (r.elements[first].negative)
      fail(where, "rule " + r.name + ": a pattern cannot start with a negative element");
    r.anchor = first;
    r.extent_end = last;
    return r;
  }

  // A pattern whose first elements are optional becomes one variant per way of starting, so that
  // every variant's anchor element is required and can key the first-token index.
  static void expand(Rule r, std::vector<Rule>& out) {
    Element& a = r.elements[r.anchor];
    if (!a.optional) {
      out.push_back(std::move(r));
      return;
    }
    Rule with = r;
    with.elements[with.anchor].optional = false;
    out.push_back(std::move(with));
    r.elements.erase(r.elements.begin() + static_cast<long>(r.anchor));
    --r.extent_end;
    if (r.anchor < r.extent_end) expand(std::move(r), out);
  }

  void index(const Rule& r, int pos) {
    const Element& a = r.elements[r.anchor];
    auto add = [&](const std::string& key) {
      auto& v = impl_.word_rules[key];
      if (v.empty() || v.back() != pos) v.push_back(pos);
    };
    switch (a.kind) {
      case Element::Kind::kLiteral:
        for (const auto& l : a.literals) {
          std::string low = l;
          timex::lower_german(low);
          add(low);
        }
        break;
      case Element::Kind::kLexicon:
        for (const auto& [first, entries] : a.lexicon->by_first) add(first);
        break;
      case Element::Kind::kCompound:
        for (const auto& [form, values] : *a.compound) add(form);
        break;
      case Element::Kind::kClass:
        impl_.number_rules.push_back(pos);
        if (a.num_class == NumClass::kCount) {
          for (const auto& [first, entries] : impl_.lexicon("numeral")->by_first) add(first);
        }
        break;
      case Element::Kind::kDigitCompound:
        impl_.number_rules.push_back(pos);
        break;
    }
  }

 private:
  TimexRules::Impl& impl_;
};

}  // namespace

TimexRules::TimexRules(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TimexRules::~TimexRules() = default;
size_t TimexRules::rule_count() const {
  return impl_->rules.size();
}

std::shared_ptr<const TimexRules> TimexRules::load(const std::string& dir,
                                                   const std::string& events_path) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw Error(Error::Code::kNotFound, dir, "timex rule directory not found");
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::string name = f.stem().string();
    impl->lexicons[name] = load_lexicon(f.string(), name);
  }
  for (const char* required : {"numeral", "tense"}) {
    if (!impl->lexicon(required))
      fail(dir, std::string("missing lexicon ") + required + ".tsv (the C++ side reads it)");
  }
  impl->tense = impl->lexicon("tense");
  impl->numeral = impl->lexicon("numeral");

  const std::string rules_path = dir + "/rules.txt";
  std::ifstream in(rules_path);
  if (!in) fail(rules_path, "cannot read rules");
  RuleCompiler compiler(*impl);
  std::set<std::string> names;
  int rule_count = 0;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::string where = rules_path + ":" + std::to_string(line_no);
    Rule r = compiler.rule(t, where, rule_count++);
    if (!names.insert(r.name).second) fail(where, "duplicate rule name " + r.name);
    RuleCompiler::expand(std::move(r), impl->rules);
  }
  if (impl->rules.empty()) fail(rules_path, "no rules");
  for (size_t i = 0; i < impl->rules.size(); ++i) {
    compiler.index(impl->rules[i], static_cast<int>(i));
  }
  for (const auto& [key, positions] : impl->word_rules) impl->add_start(key);

  const bool events_given = !events_path.empty();
  impl->events = timex::EventTable::load(events_given ? events_path : data_path("kb/events.tsv"),
                                         events_given);
  return std::shared_ptr<const TimexRules>(new TimexRules(std::move(impl)));
}

}  // namespace lagebild
