#include "time/timex2_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "lagebild/error.h"

namespace lagebild::timex {
namespace {

std::string attribute(const std::string& tag, const std::string& name) {
  std::string key = " " + name + "=\"";
  size_t p = tag.find(key);
  if (p == std::string::npos) return "";
  p += key.size();
  size_t e = tag.find('"', p);
  return e == std::string::npos ? "" : tag.substr(p, e - p);
}

}  // namespace

GoldDocument read_timex2_inline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Error::Code::kNotFound, path, "cannot read gold file");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  GoldDocument doc;
  size_t slash = path.find_last_of('/');
  doc.id = path.substr(slash == std::string::npos ? 0 : slash + 1);
  if (size_t dot = doc.id.find('.'); dot != std::string::npos) doc.id.resize(dot);
  size_t b = xml.find("<TEXT>");
  size_t e = xml.find("</TEXT>");
  if (b == std::string::npos || e == std::string::npos || e < b)
    throw Error(Error::Code::kInvalidInput, path, "no <TEXT> element");
  b += 6;
  std::vector<size_t> open;
  for (size_t i = b; i < e;) {
    if (xml.compare(i, 7, "<TIMEX2") == 0) {
      size_t close = xml.find('>', i);
      if (close == std::string::npos || close > e)
        throw Error(Error::Code::kInvalidInput, path, "unclosed <TIMEX2");
      GoldTimex t;
      std::string tag = xml.substr(i, close - i);
      t.value = attribute(tag, "val");
      t.mod = attribute(tag, "mod");
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.timexes.push_back(t);
      open.push_back(doc.timexes.size() - 1);
      i = close + 1;
    } else if (xml.compare(i, 9, "</TIMEX2>") == 0) {
      if (open.empty()) throw Error(Error::Code::kInvalidInput, path, "stray </TIMEX2>");
      doc.timexes[open.back()].end = static_cast<uint32_t>(doc.text.size());
      open.pop_back();
      i += 9;
    } else {
      doc.text += xml[i++];
    }
  }
  if (!open.empty()) throw Error(Error::Code::kInvalidInput, path, "unclosed <TIMEX2>");
  // Nested TIMEX2 are annotated in a few places; the gold are the outermost ones, as in TERN.
  std::vector<GoldTimex> outer;
  for (const auto& t : doc.timexes) {
    bool nested = false;
    for (const auto& o : doc.timexes) {
      if (&o != &t && o.begin <= t.begin && t.end <= o.end && (o.end - o.begin) > (t.end - t.begin))
        nested = true;
    }
    if (!nested && t.end > t.begin) outer.push_back(t);
  }
  doc.timexes = std::move(outer);
  return doc;
}

void TimexCounts::add(const TimexCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  lenient += o.lenient;
  value_correct += o.value_correct;
}

double f1(double p, double r) {
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

std::string normalise_timex2_value(const std::string& value) {
  std::string v = value;
  for (auto& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (v == "P7D") v = "P1W";
  if (v.size() > 3 && v.compare(v.size() - 3, 3, ":00") == 0 &&
      std::count(v.begin(), v.end(), ':') == 2)
    v.resize(v.size() - 3);
  if (v.size() > 6 && v.compare(v.size() - 6, 6, "T00:00") == 0) v.resize(v.size() - 6);
  return v;
}

TimexCounts score_document(const GoldDocument& gold, const std::vector<Timex>& system,
                           std::vector<TimexError>* errors) {
  TimexCounts c;
  c.gold = static_cast<int>(gold.timexes.size());
  c.system = static_cast<int>(system.size());
  std::vector<int> gold_pair(gold.timexes.size(), -1), sys_pair(system.size(), -1);
  // Strict pairs first, then the largest overlaps.
  for (size_t g = 0; g < gold.timexes.size(); ++g) {
    for (size_t s = 0; s < system.size(); ++s) {
      if (sys_pair[s] < 0 && system[s].begin == gold.timexes[g].begin &&
          system[s].end == gold.timexes[g].end) {
        gold_pair[g] = static_cast<int>(s);
        sys_pair[s] = static_cast<int>(g);
        ++c.strict;
        break;
      }
    }
  }
  for (size_t g = 0; g < gold.timexes.size(); ++g) {
    if (gold_pair[g] >= 0) continue;
    int best = -1;
    uint32_t best_overlap = 0;
    for (size_t s = 0; s < system.size(); ++s) {
      if (sys_pair[s] >= 0) continue;
      uint32_t lo = std::max(system[s].begin, gold.timexes[g].begin);
      uint32_t hi = std::min(system[s].end, gold.timexes[g].end);
      if (hi > lo && hi - lo > best_overlap) {
        best_overlap = hi - lo;
        best = static_cast<int>(s);
      }
    }
    if (best >= 0) {
      gold_pair[g] = best;
      sys_pair[best] = static_cast<int>(g);
    }
  }
  auto text_of = [&](uint32_t b, uint32_t e) { return gold.text.substr(b, e - b); };
  for (size_t g = 0; g < gold.timexes.size(); ++g) {
    const GoldTimex& gt = gold.timexes[g];
    if (gold_pair[g] < 0) {
      if (errors) errors->push_back({"missed", text_of(gt.begin, gt.end), gt.value, "", ""});
      continue;
    }
    ++c.lenient;
    const Timex& st = system[gold_pair[g]];
    bool same = normalise_timex2_value(gt.value) == normalise_timex2_value(st.value);
    if (same) ++c.value_correct;
    if (errors && !same) {
      errors->push_back(
          {"value", text_of(gt.begin, gt.end), gt.value, text_of(st.begin, st.end), st.value});
    } else if (errors && (st.begin != gt.begin || st.end != gt.end)) {
      errors->push_back(
          {"extent", text_of(gt.begin, gt.end), gt.value, text_of(st.begin, st.end), st.value});
    }
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (sys_pair[s] < 0 && errors) {
      errors->push_back(
          {"spurious", "", "", text_of(system[s].begin, system[s].end), system[s].value});
    }
  }
  return c;
}

}  // namespace lagebild::timex
