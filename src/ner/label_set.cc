#include "ner/label_set.h"
#include "text/ascii.h"

namespace lagebild::ner {
namespace {

// conlleval.pl's startOfChunk / endOfChunk, with O having no type.
bool starts_chunk(ParsedLabel prev, ParsedLabel cur) {
  if (cur.prefix == 'B' || cur.prefix == 'S') return true;
  if (cur.prefix == 'O') return false;
  if (prev.prefix == 'E' || prev.prefix == 'S' || prev.prefix == 'O') return true;
  return prev.type != cur.type;
}

bool ends_chunk(ParsedLabel prev, ParsedLabel cur) {
  if (prev.prefix == 'O') return false;
  if (prev.prefix == 'E' || prev.prefix == 'S') return true;
  if (cur.prefix == 'B' || cur.prefix == 'S' || cur.prefix == 'O') return true;
  return prev.type != cur.type;
}

std::vector<Chunk> chunks_of(const std::vector<ParsedLabel>& parsed) {
  std::vector<Chunk> chunks;
  ParsedLabel prev;
  int open = -1;  // index into chunks of the chunk still open, or -1
  for (size_t i = 0; i < parsed.size(); ++i) {
    const ParsedLabel cur = parsed[i];
    if (open >= 0 && ends_chunk(prev, cur)) {
      chunks[open].end = static_cast<uint32_t>(i);
      open = -1;
    }
    if (starts_chunk(prev, cur)) {
      chunks.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), cur.type});
      open = static_cast<int>(chunks.size()) - 1;
    }
    prev = cur;
  }
  if (open >= 0) chunks[open].end = static_cast<uint32_t>(parsed.size());
  return chunks;
}

}  // namespace

int type_index(std::string_view name) {
  for (int t = 0; t < kTypeCount; ++t) {
    if (ascii_iequals(name, kTypeNames[t])) return t;
  }
  return -1;
}

ParsedLabel parse_label(std::string_view label, bool* ok) {
  if (ok) *ok = true;
  if (label == "O") return {};
  if (label.size() > 2 && label[1] == '-' &&
      (label[0] == 'B' || label[0] == 'I' || label[0] == 'E' || label[0] == 'S')) {
    const int t = type_index(label.substr(2));
    if (t >= 0) return {label[0], t};
  }
  if (ok) *ok = false;
  return {};
}

bool is_bio_label(std::string_view label) {
  bool ok = false;
  parse_label(label, &ok);
  return ok;
}

std::vector<Chunk> chunks_from_labels(const std::vector<std::string>& labels) {
  std::vector<ParsedLabel> parsed;
  parsed.reserve(labels.size());
  for (const auto& l : labels) parsed.push_back(parse_label(l));
  return chunks_of(parsed);
}

std::vector<std::string> bio_labels(const std::vector<Chunk>& chunks, size_t n) {
  std::vector<std::string> out(n, "O");
  for (const auto& c : chunks) {
    for (uint32_t i = c.begin; i < c.end && i < n; ++i) {
      out[i] = std::string(i == c.begin ? "B-" : "I-") + std::string(kTypeNames[c.type]);
    }
  }
  return out;
}

LabelSet::LabelSet(LabelScheme scheme) : scheme_(scheme) {
  names_.push_back("O");
  prefix_.push_back('O');
  type_.push_back(-1);
  const std::string_view prefixes = scheme == LabelScheme::kBio ? "BI" : "BIES";
  for (int t = 0; t < kTypeCount; ++t) {
    for (char p : prefixes) {
      names_.push_back(std::string(1, p) + "-" + std::string(kTypeNames[t]));
      prefix_.push_back(p);
      type_.push_back(t);
    }
  }
}

std::vector<uint8_t> LabelSet::encode(const std::vector<Chunk>& chunks, size_t n) const {
  std::vector<uint8_t> out(n, 0);
  const int per_type = scheme_ == LabelScheme::kBio ? 2 : 4;
  for (const auto& c : chunks) {
    const int base = 1 + per_type * c.type;
    for (uint32_t i = c.begin; i < c.end && i < n; ++i) {
      int offset = i == c.begin ? 0 : 1;  // B or I
      if (scheme_ == LabelScheme::kBioes) {
        if (c.end - c.begin == 1) {
          offset = 3;  // S
        } else if (i + 1 == c.end) {
          offset = 2;  // E
        }
      }
      out[i] = static_cast<uint8_t>(base + offset);
    }
  }
  return out;
}

std::vector<Chunk> LabelSet::decode(const std::vector<uint8_t>& labels) const {
  std::vector<ParsedLabel> parsed;
  parsed.reserve(labels.size());
  for (uint8_t l : labels) parsed.push_back({prefix_[l], type_[l]});
  return chunks_of(parsed);
}

bool LabelSet::allowed(int prev, int next) const {
  const char np = prefix_[next];
  const char pp = prev < 0 ? 'O' : prefix_[prev];
  const bool prev_open = pp == 'B' || pp == 'I';  // a chunk continues into `next`
  if (np == 'I' || np == 'E') return prev_open && type_[prev] == type_[next];
  // O, B, S: in BIOES the previous chunk must have been closed by E or S.
  return scheme_ == LabelScheme::kBio || !prev_open;
}

bool LabelSet::may_end(int last) const {
  if (scheme_ == LabelScheme::kBio) return true;
  const char p = prefix_[last];
  return p == 'O' || p == 'E' || p == 'S';
}

}  // namespace lagebild::ner
