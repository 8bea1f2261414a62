// Pipeline::analyze_windows and io::WindowedJson: a very long article analysed in windows comes
// out as the same JSON object an unwindowed analysis writes (one window), and with many windows
// every span still points at its own text in the whole document.
#include <lagebild/pipeline.h>

#include <cstdio>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/text_windows.h"
#include "io/document_json.h"
#include "io/windowed_json.h"

namespace lagebild {
namespace {

// Our own text: two paragraphs, non-ASCII letters (code point offsets differ from bytes), names,
// dates and figures for every stage.
std::string article_text() {
  std::string p1 =
      "Der ukrainische Präsident Wolodymyr Selenskyj hat am Montag in Kiew mit "
      "US-Außenminister Antony Blinken über Militärhilfe gesprochen. Nach Angaben der "
      "ukrainischen Luftwaffe wurden 37 von 90 Drohnen abgefangen. ";
  std::string p2 =
      "Am 5. März 2024 traf sich Selenskyj in Berlin mit Bundeskanzler Olaf Scholz. Die "
      "Gespräche dauerten drei Stunden, sagte ein Sprecher. ";
  std::string text;
  for (int i = 0; i < 6; ++i) text += p1 + p2 + "\n";
  text += "Zum Schluss äußerte sich Scholz über die Lage in Charkiw.";
  return text;
}

Document article() {
  Document doc;
  doc.id = "fenster";
  doc.text = article_text();
  doc.date.value = "2024-03-11";
  doc.date.origin = DocumentDate::Origin::kGiven;
  return doc;
}

// Runs the windowed path the way `analyze` does and returns the JSON line.
std::string windowed_json(const Pipeline& pipeline, Document doc) {
  io::DocumentJsonOptions options;
  io::WindowedJson out(options);
  pipeline.analyze_windows(
      doc, [&](Document& window, uint32_t offset) { out.add(window, offset, doc.text); });
  const std::string payload = out.finish(doc);
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  EXPECT_TRUE(io::write_payload(payload, f));
  std::rewind(f);
  std::string json;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, f)) json.append(buffer, n);
  std::fclose(f);
  return json;
}

TEST(WindowedAnalysis, OneWindowIsByteForByteTheUsualOutput) {
  PipelineOptions options;
  options.window_bytes = 1 << 20;
  const Pipeline pipeline(options);
  Document whole = article();
  pipeline.analyze(whole);
  std::string expected;
  io::append_document_json(whole, io::DocumentJsonOptions{}, expected);
  EXPECT_EQ(windowed_json(pipeline, article()), expected);
}

TEST(WindowedAnalysis, ManyWindowsKeepEverySpanOnItsText) {
  PipelineOptions options;
  options.window_bytes = 300;  // a dozen windows, cut at paragraph and sentence ends
  const Pipeline pipeline(options);
  const std::string json = windowed_json(pipeline, article());
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(json.back(), '\n');
  const nlohmann::json j = nlohmann::json::parse(json);
  const std::u32string text = [&] {
    std::u32string out;
    const std::string t = j["text"].get<std::string>();
    for (size_t i = 0; i < t.size();) {  // UTF-8 -> code points
      const unsigned char c = t[i];
      const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
      for (int k = 1; k < n; ++k) cp = (cp << 6) | (t[i + k] & 0x3F);
      out.push_back(cp);
      i += n;
    }
    return out;
  }();
  auto slice = [&](const nlohmann::json& s) {
    std::string out;
    for (size_t i = s["start"].get<size_t>(); i < s["end"].get<size_t>(); ++i) {
      const char32_t c = text[i];
      if (c < 0x80) {
        out += static_cast<char>(c);
      } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    return out;
  };
  size_t spans = 0;
  for (const char* layer : {"entities", "timexes", "quantities", "roles"}) {
    for (const auto& s : j[layer]) {
      EXPECT_EQ(slice(s), s["text"].get<std::string>()) << layer;
      ++spans;
    }
  }
  EXPECT_GT(j["entities"].size(), 12u);  // Selenskyj, Kiew, Blinken ... in every repetition
  EXPECT_GT(j["timexes"].size(), 6u);
  EXPECT_GT(spans, 30u);
  // Sentences cover the text in order, without overlaps, across the window cuts.
  size_t last_end = 0;
  for (const auto& s : j["sentences"]) {
    EXPECT_GE(s["start"].get<size_t>(), last_end);
    last_end = s["end"].get<size_t>();
  }
  EXPECT_LE(last_end, text.size());
  EXPECT_GE(j["sentences"].size(), 25u);
  EXPECT_EQ(j["date"]["value"], "2024-03-11");
}

TEST(TextWindows, CutsAtParagraphThenSentenceThenSpace) {
  const std::string text = "Eins zwei. Drei vier\nFünf sechs. Sieben acht neun zehn elf";
  EXPECT_EQ(core::window_end(text, 0, 1000), text.size());
  EXPECT_EQ(text.substr(0, core::window_end(text, 0, 30)), "Eins zwei. Drei vier\n");
  EXPECT_EQ(text.substr(0, core::window_end(text, 0, 16)), "Eins zwei. ");
  EXPECT_EQ(text.substr(0, core::window_end(text, 0, 8)), "Eins ");
  const std::string word(100, 'x');
  EXPECT_EQ(core::window_end(word, 0, 10), 10u);
  const std::string umlauts = "\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4";  // no cut inside a character
  EXPECT_EQ(core::window_end(umlauts, 0, 5), 4u);
}

}  // namespace
}  // namespace lagebild
