#include "text/segmenter_lexicon.h"

#include <fstream>
#include <vector>

#include "core/paths.h"
#include "lagebild/error.h"

namespace lagebild::text {
namespace {

// Month names are a closed set and part of the date grammar, so they live here, not in data/.
constexpr std::string_view kMonths[] = {
    "Januar", "Jänner",    "Februar", "Feber",    "März",     "April", "Mai",  "Juni", "Juli",
    "August", "September", "Oktober", "November", "Dezember", "Jan.",  "Feb.", "Mär.", "Apr.",
    "Jun.",   "Jul.",      "Aug.",    "Sep.",     "Sept.",    "Okt.",  "Nov.", "Dez."};

// Articles, and prepositions fused with an article, that precede an ordinal: "am 3. Oktober",
// "der 2. Weltkrieg", "zum 100. Geburtstag", "seit dem 24. Februar". A closed class.
constexpr std::string_view kOrdinalCues[] = {
    "der",    "die",    "das",   "den",    "dem",   "des",  "am",    "im",    "vom",  "zum",
    "zur",    "beim",   "ins",   "ans",    "Der",   "Die",  "Das",   "Den",   "Dem",  "Am",
    "Im",     "Vom",    "Zum",   "Zur",    "ihr",   "ihre", "ihrem", "ihren", "sein", "seine",
    "seinem", "seinen", "unser", "unsere", "jeder", "jede", "jedes", "jeden"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Calls `row(fields, line_number)` for each non-comment, non-empty line of a tab-separated file.
template <typename Row>
void read_table(const std::string& path, Row row) {
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kInvalidData, path, "cannot open segmenter word list");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view rest = trim(line);
    if (rest.empty() || rest.front() == '#') continue;
    std::vector<std::string_view> fields;
    size_t tab;
    while ((tab = rest.find('\t')) != std::string_view::npos) {
      fields.push_back(trim(rest.substr(0, tab)));
      rest.remove_prefix(tab + 1);
    }
    fields.push_back(trim(rest));
    row(fields, path + ":" + std::to_string(number));
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

}  // namespace

const SegmenterLexicon& SegmenterLexicon::instance() {
  static const SegmenterLexicon lexicon(data_path("de/abbreviations.txt"),
                                        data_path("de/sentence_starters.txt"),
                                        data_path("de/news_agencies.txt"));
  return lexicon;
}

const std::string& SegmenterLexicon::keep(std::string s) {
  storage_.push_back(std::move(s));
  return storage_.back();
}

SegmenterLexicon::SegmenterLexicon(const std::string& abbreviations_path,
                                   const std::string& starters_path,
                                   const std::string& agencies_path) {
  read_table(abbreviations_path,
             [&](const std::vector<std::string_view>& f, const std::string& where) {
               if (f.size() < 2 || f[0].empty() || f[0].back() != '.') {
                 throw Error(Error::Code::kInvalidData, where,
                             "expected ABBREVIATION<TAB>CLASS, ending in '.'");
               }
               AbbreviationClass cls;
               if (f[1] == "never") {
                 cls = AbbreviationClass::kNever;
               } else if (f[1] == "maybe") {
                 cls = AbbreviationClass::kMaybe;
               } else if (f[1] == "often") {
                 cls = AbbreviationClass::kOften;
               } else {
                 throw Error(Error::Code::kInvalidData, where,
                             "unknown class '" + std::string(f[1]) + "' (never, maybe, often)");
               }
               abbreviations_[keep(std::string(f[0]))] = cls;
               // The compact spelling of a multi-part entry: "z. B." -> "z.B.".
               std::string compact;
               int parts = 1;
               for (char c : f[0]) {
                 if (c == ' ') {
                   ++parts;
                 } else {
                   compact.push_back(c);
                 }
               }
               if (parts > 1) abbreviations_[keep(std::move(compact))] = cls;
               if (parts > max_parts_) max_parts_ = parts;
             });
  read_table(starters_path, [&](const std::vector<std::string_view>& f, const std::string&) {
    starters_.insert(keep(std::string(f[0])));
  });
  read_table(agencies_path, [&](const std::vector<std::string_view>& f, const std::string&) {
    agencies_.insert(keep(ascii_lower(f[0])));
  });
  for (std::string_view m : kMonths) months_.insert(m);
  for (std::string_view w : kOrdinalCues) ordinal_cues_.insert(w);
}

AbbreviationClass SegmenterLexicon::abbreviation(std::string_view abbreviation) const {
  if (auto it = abbreviations_.find(abbreviation); it != abbreviations_.end()) return it->second;
  const char first = abbreviation.empty() ? '\0' : abbreviation.front();
  if (first >= 'A' && first <= 'Z') {
    // "Ca." at a sentence start is "ca."; "Nr." never matches a lower-case "nr.".
    char buffer[32];
    if (abbreviation.size() > sizeof buffer) return AbbreviationClass::kNone;
    abbreviation.copy(buffer, abbreviation.size());
    buffer[0] = static_cast<char>(first + ('a' - 'A'));
    if (auto it = abbreviations_.find(std::string_view(buffer, abbreviation.size()));
        it != abbreviations_.end()) {
      return it->second;
    }
  }
  return AbbreviationClass::kNone;
}

bool SegmenterLexicon::is_news_agency(std::string_view name) const {
  if (name.size() > 16) return false;
  return agencies_.count(ascii_lower(name)) > 0;
}

}  // namespace lagebild::text
