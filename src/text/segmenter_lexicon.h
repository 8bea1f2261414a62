// The German word lists the segmenter consults: abbreviations with their sentence-end class,
// sentence-starting function words, news agency names, month names and the words after which a
// number with a period is an ordinal. Loaded once from data/de/ (see each file's header),
// immutable, shared by all threads.
#ifndef LAGEBILD_TEXT_SEGMENTER_LEXICON_H_
#define LAGEBILD_TEXT_SEGMENTER_LEXICON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lagebild::text {

// Whether an abbreviation may close a sentence (the CLASS column of abbreviations.txt).
enum class AbbreviationClass : uint8_t {
  kNone,   // not an abbreviation
  kNever,  // Dr., Nr., z. B.
  kMaybe,  // Mrd., ca.: only before a sentence starter
  kOften,  // usw., etc.: before any capitalised word
};

class SegmenterLexicon {
 public:
  // The process-wide instance, loaded from data_dir() on first use. Throws Error(kInvalidData)
  // naming the file and line when a data file is missing or malformed.
  static const SegmenterLexicon& instance();

  // Loads from explicit files (tests, tools).
  SegmenterLexicon(const std::string& abbreviations_path, const std::string& starters_path,
                   const std::string& agencies_path);

  // The class of `abbreviation` written with its periods and single spaces ("Mrd.", "z. B.") or
  // compactly ("z.B."). A capitalised first letter also matches a lower-case entry ("Ca.").
  AbbreviationClass abbreviation(std::string_view abbreviation) const;
  // The longest number of space-separated parts any entry has ("i. d. R." has 3).
  int max_abbreviation_parts() const { return max_parts_; }

  bool is_sentence_starter(std::string_view word) const { return starters_.count(word) > 0; }
  // `name` in any case ("dpa", "AFP").
  bool is_news_agency(std::string_view name) const;
  // Full and abbreviated German month names: "Juli", "Jänner", "Sept." (with its period).
  bool is_month(std::string_view word) const { return months_.count(word) > 0; }
  // Words after which "N." is an ordinal even before a capitalised noun: "am 3. Oktober",
  // "der 2. Weltkrieg", "zum 100. Geburtstag" (articles and prepositions with articles).
  bool is_ordinal_cue(std::string_view word) const { return ordinal_cues_.count(word) > 0; }

 private:
  const std::string& keep(std::string s);

  std::deque<std::string> storage_;  // owns the strings the views below point into
  std::unordered_map<std::string_view, AbbreviationClass> abbreviations_;
  std::unordered_set<std::string_view> starters_;
  std::unordered_set<std::string_view> agencies_;
  std::unordered_set<std::string_view> months_;
  std::unordered_set<std::string_view> ordinal_cues_;
  int max_parts_ = 1;
};

}  // namespace lagebild::text

#endif  // LAGEBILD_TEXT_SEGMENTER_LEXICON_H_
