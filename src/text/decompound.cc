#include "text/decompound.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>

#include "core/paths.h"
#include "lagebild/error.h"
#include "text/utf8.h"

namespace lagebild {
namespace {

// German linking elements (Fugenelemente). "-er" is left out on purpose: it always coincides
// with a plural the lexicon holds anyway (Kinder|garten, Bilder|buch), while stripping it
// misreads words such as "Wahlerfolgen" as Wahl|er|folgen.
constexpr std::array<std::string_view, 6> kLinks = {"es", "en", "s", "n", "e", ""};

// Heads that form participle nouns far more often than compounds: "Vorsitz|ende" and
// "Reis|ende" are Vorsitzende and Reisende, while the compounds with "Ende" carry a linking
// element (Kriegs|ende, Jahres|ende) or a plural (Wochen|ende). Such a head is accepted only
// after a linking element or a part ending in "n".
constexpr std::array<std::string_view, 4> kParticipleHeads = {"ende", "enden", "endes", "ender"};

bool is_participle_head(std::string_view part) {
  for (std::string_view head : kParticipleHeads) {
    if (part == head) return true;
  }
  return false;
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

uint32_t parse_count(std::string_view field) {
  uint32_t value = 0;
  auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (ec != std::errc() || ptr != field.data() + field.size()) return 0;
  return value;
}

}  // namespace

struct Decompounder::Candidate {
  std::vector<Part> parts;
  double mean_log = -1;  // mean of log counts, the log of the geometric mean
};

Decompounder::Decompounder(const Options& options) : options_(options) {
  if (options_.lexicon_path.empty()) {
    options_.lexicon_path = data_path("de/decompound_lexicon.tsv.gz");
  }
  const std::string& path = options_.lexicon_path;
  gzFile file = gzopen(path.c_str(), "rb");  // reads plain text transparently too
  if (file == nullptr) {
    throw Error(Error::Code::kNotFound, path, "cannot open the decompounding lexicon");
  }
  // Read whole (a few MB at most), then parse in place: far faster than line-wise gzgets.
  std::string content;
  std::array<char, 1 << 16> buffer;
  int n = 0;
  while ((n = gzread(file, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
    content.append(buffer.data(), static_cast<size_t>(n));
  }
  int error_number = 0;
  const char* message = gzerror(file, &error_number);
  std::string error_text = n < 0 && message != nullptr ? message : "";
  gzclose(file);
  if (!error_text.empty()) throw Error(Error::Code::kInvalidData, path, error_text);

  counts_.reserve(content.size() / 16);
  std::string_view rest(content);
  size_t line_number = 0;
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    std::string_view row = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    ++line_number;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty() || row.front() == '#') continue;
    size_t tab1 = row.find('\t');
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : row.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      throw Error(Error::Code::kInvalidData, path + ":" + std::to_string(line_number),
                  "expected word<TAB>count<TAB>capitalised percent");
    }
    uint32_t count = parse_count(row.substr(tab1 + 1, tab2 - tab1 - 1));
    uint32_t percent = parse_count(row.substr(tab2 + 1));
    if (count > 0 && static_cast<int>(percent) >= options_.min_capitalised_percent) {
      counts_.emplace(std::string(row.substr(0, tab1)), Entry{count, static_cast<int>(percent)});
    }
  }
  if (counts_.empty()) {
    throw Error(Error::Code::kInvalidData, path, "the decompounding lexicon holds no words");
  }
  index_parts();
}

Decompounder::Decompounder() : Decompounder(Options()) {}

std::shared_ptr<const Decompounder> Decompounder::shared_default() {
  static std::mutex mutex;
  static std::shared_ptr<const Decompounder> instance;
  std::lock_guard<std::mutex> lock(mutex);
  if (!instance) instance = std::make_shared<const Decompounder>();
  return instance;
}

const Decompounder::Entry* Decompounder::find(std::string_view lower_word) const {
  auto it = counts_.find(lower_word);
  return it == counts_.end() ? nullptr : &it->second;
}

uint32_t Decompounder::count(std::string_view lower_word) const {
  const Entry* entry = find(lower_word);
  return entry == nullptr ? 0 : entry->count;
}

namespace {

uint64_t part_hash(std::string_view word) {
  return std::hash<std::string_view>{}(word);
}

uint32_t tag_of(uint64_t hash) {
  return static_cast<uint32_t>(hash >> 32);
}

constexpr size_t kPartHeaderBytes = sizeof(uint32_t) + 1;  // count, word length

}  // namespace

void Decompounder::index_parts() {
  // Each part word with its count, and each of its proper prefixes (count 0) unless it is a part
  // itself: a lookup then also tells whether any part starts with the bytes looked up.
  std::unordered_map<std::string_view, uint32_t> entries;
  for (const auto& [word, entry] : counts_) {
    if (entry.count < options_.min_part_count || word.size() > UINT8_MAX) continue;
    if (utf8::count_code_points(word) <= 3 &&
        (entry.count < options_.min_short_part_count ||
         entry.capitalised_percent < options_.min_short_part_capitalised_percent)) {
      continue;
    }
    entries[word] = entry.count;
    const std::string_view whole(word);
    for (size_t length = 1; length < whole.size(); ++length) {
      entries.try_emplace(whole.substr(0, length), 0);
    }
  }
  // At most half full: a miss, the common case, mostly ends at the first or second slot.
  size_t slots = 64;
  while (slots < entries.size() * 2) slots *= 2;
  part_slots_.assign(slots, 0);
  const size_t mask = slots - 1;
  for (const auto& [word, count] : entries) {
    const uint64_t hash = part_hash(word);
    const size_t offset = part_arena_.size();
    char header[kPartHeaderBytes];
    std::memcpy(header, &count, sizeof count);
    header[sizeof count] = static_cast<char>(word.size());
    part_arena_.append(header, kPartHeaderBytes);
    part_arena_.append(word);
    size_t i = static_cast<size_t>(hash) & mask;
    while (part_slots_[i] != 0) i = (i + 1) & mask;
    part_slots_[i] = (static_cast<uint64_t>(tag_of(hash)) << 32) | (offset + 1);
  }
}

int64_t Decompounder::find_part(std::string_view lower_word) const {
  const uint64_t hash = part_hash(lower_word);
  const uint32_t tag = tag_of(hash);
  const size_t mask = part_slots_.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    const uint64_t slot = part_slots_[i];
    if (slot == 0) return -1;
    if (static_cast<uint32_t>(slot >> 32) != tag) continue;
    const char* entry = part_arena_.data() + static_cast<uint32_t>(slot) - 1;
    const auto length = static_cast<unsigned char>(entry[sizeof(uint32_t)]);
    if (length != lower_word.size() ||
        std::memcmp(entry + kPartHeaderBytes, lower_word.data(), length) != 0) {
      continue;
    }
    uint32_t count = 0;
    std::memcpy(&count, entry, sizeof count);
    return count;
  }
}

// What one split() has looked up so far. The search meets the same substring from several cuts
// ("drohnen" as the piece "drohnen" and as the base of "drohnenangriff"'s "drohnen|", and every
// rest again after each way of reaching it), so each [begin, end) is looked up once; and the
// code points from each byte offset to the word's end, so that lengths cost no scan.
class Decompounder::SplitMemo {
 public:
  SplitMemo(const Decompounder& owner, std::string_view word)
      : owner_(owner),
        word_(word),
        stride_(word.size() + 1),
        found_(stride_ * stride_, kUnknown),
        code_points_from_(stride_, 0) {
    uint32_t n = 0;
    for (size_t k = word.size(); k-- > 0;) {
      if (!is_continuation_byte(word[k])) ++n;
      code_points_from_[k] = n;
    }
  }
  // Part count of word[begin, end) (0: not a part).
  uint32_t part_count(uint32_t begin, uint32_t end) {
    return static_cast<uint32_t>(std::max<int64_t>(find(begin, end), 0));
  }
  // Whether some part starts with word[begin, end) (or is it).
  bool starts_a_part(uint32_t begin, uint32_t end) { return find(begin, end) >= 0; }
  // Code points of word[begin, end); both at code point boundaries.
  size_t code_points(uint32_t begin, uint32_t end) const {
    return code_points_from_[begin] - code_points_from_[end];
  }

 private:
  static constexpr int64_t kUnknown = INT64_MIN;
  int64_t find(uint32_t begin, uint32_t end) {
    int64_t& found = found_[begin * stride_ + end];
    if (found == kUnknown) found = owner_.find_part(word_.substr(begin, end - begin));
    return found;
  }
  const Decompounder& owner_;
  std::string_view word_;
  size_t stride_;
  std::vector<int64_t> found_;  // find_part() of each [begin, end) looked up
  std::vector<uint32_t> code_points_from_;
};

// Depth-first over every cut of word[begin..]: `parts` holds the parts chosen so far and
// `log_sum` the sum of their log counts. Words are short and the lexicon prunes early, so the
// exhaustive search stays cheap (and the tokenizer caches its results).
void Decompounder::search(std::string_view word, uint32_t begin, SplitMemo& memo,
                          std::vector<Part>& parts, double log_sum, Candidate& best) const {
  const size_t min_length = options_.min_part_length;
  const auto size = static_cast<uint32_t>(word.size());
  // The rest as the final part, inflection included.
  if (!parts.empty() && memo.code_points(begin, size) >= min_length) {
    uint32_t c = memo.part_count(begin, size);
    const Part& before = parts.back();
    bool participle = is_participle_head(word.substr(begin)) && before.link == 0 &&
                      word.substr(before.begin, before.end - before.begin).back() != 'n';
    if (c > 0 && !participle) {
      double mean = (log_sum + std::log(static_cast<double>(c))) / (parts.size() + 1);
      if (mean > best.mean_log) {
        best.mean_log = mean;
        best.parts = parts;
        best.parts.push_back({begin, size, 0});
      }
    }
  }
  if (parts.size() + 1 >= options_.max_parts) return;
  // The rest as a non-final part followed by more parts.
  for (uint32_t end = begin + 1; end < size; ++end) {
    if (is_continuation_byte(word[end])) continue;
    if (memo.code_points(end, size) < min_length) break;
    // A linking element has at most two bytes: once no part starts with word[begin, end - 2), no
    // base of this or a longer piece is a part. (Checked from the length of a part on, where the
    // lookup is mostly one made already, for the piece that ended there.)
    if (end >= begin + 2 && memo.code_points(begin, end - 2) >= min_length &&
        !memo.starts_a_part(begin, end - 2)) {
      break;
    }
    std::string_view piece = word.substr(begin, end - begin);
    // The linking element that leaves the most frequent base word.
    uint32_t best_link = 0;
    uint32_t best_count = 0;
    for (std::string_view link : kLinks) {
      if (piece.size() <= link.size() || !piece.ends_with(link)) continue;
      // A linking "-e" before an "s" is nearly always a misread "-es": "bunde|sinne|ministerium"
      // for bund|es|innen|ministerium.
      if (link == "e" && word[end] == 's') continue;
      const auto base_end = static_cast<uint32_t>(end - link.size());
      if (memo.code_points(begin, base_end) < min_length) continue;
      uint32_t c = memo.part_count(begin, base_end);
      if (c > best_count) {
        best_count = c;
        best_link = static_cast<uint32_t>(link.size());
      }
    }
    if (best_count == 0) continue;
    parts.push_back({begin, end, best_link});
    search(word, end, memo, parts, log_sum + std::log(static_cast<double>(best_count)), best);
    parts.pop_back();
  }
}

std::vector<Decompounder::Part> Decompounder::split(std::string_view lower_word) const {
  size_t length = utf8::count_code_points(lower_word);
  if (length < 2 * options_.min_part_length || length > options_.max_word_length) return {};
  Candidate best;
  std::vector<Part> parts;
  SplitMemo memo(*this, lower_word);
  search(lower_word, 0, memo, parts, 0.0, best);
  if (best.parts.empty()) return {};
  // Koehn & Knight: split only when the parts are, on (geometric) average, more frequent than
  // the whole word; a frequent whole word is a lexicalised unit and stays one.
  uint32_t whole = count(lower_word);
  if (whole > 0 && std::log(static_cast<double>(whole)) >= best.mean_log) return {};
  return std::move(best.parts);
}

std::vector<std::string> Decompounder::split_words(std::string_view lower_word) const {
  std::vector<std::string> words;
  for (const Part& part : split(lower_word)) {
    words.emplace_back(lower_word.substr(part.begin, part.end - part.link - part.begin));
  }
  return words;
}

}  // namespace lagebild
