// ArticleReader and decode_record: text headers and headlines, JSON Lines and JSON, gzip,
// directories, stdin, and every kind of bad input. All article text here is written for these
// tests.
#include <lagebild/reader.h>

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lagebild {
namespace {

namespace fs = std::filesystem;
using Severity = ReadIssue::Severity;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "lagebild-reader-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  std::string write_gz(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    gzFile gz = ::gzopen(path.c_str(), "wb");
    EXPECT_NE(gz, nullptr);
    EXPECT_EQ(::gzwrite(gz, content.data(), static_cast<unsigned>(content.size())),
              static_cast<int>(content.size()));
    ::gzclose(gz);
    return path.string();
  }

  // Reads every document of `paths`; issues go to issues_.
  std::vector<Document> read_all(std::vector<std::string> paths, ReaderOptions options = {}) {
    ArticleReader reader(std::move(paths), options);
    std::vector<Document> docs;
    Document doc;
    while (reader.next(doc, issues_)) docs.push_back(std::move(doc));
    rejected_ = reader.stats().rejected;
    return docs;
  }

  // The one document `content` makes as a text file.
  Document read_text(const std::string& content) {
    auto docs = read_all({write("artikel.txt", content)});
    EXPECT_EQ(docs.size(), 1u);
    return docs.empty() ? Document{} : docs.front();
  }

  bool has_issue(Severity severity, const std::string& where_suffix,
                 const std::string& message_part) const {
    for (const auto& i : issues_) {
      if (i.severity == severity && i.where.ends_with(where_suffix) &&
          i.message.find(message_part) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  fs::path dir_;
  std::vector<ReadIssue> issues_;
  uint64_t rejected_ = 0;
};

// --- text articles: header -----------------------------------------------------------------

TEST_F(ReaderTest, HeaderWithBodyOnTheSameLine) {
  const Document doc = read_text(
      " date 2023-05 Der Stadtrat von Kassel hat am Montag einen neuen Haushalt beschlossen. "
      "Die Opposition stimmte dagegen.\n\nIm Herbst soll erneut beraten werden.\n");
  EXPECT_EQ(doc.id, "artikel");
  EXPECT_EQ(doc.date.value, "2023-05");
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kGiven);
  EXPECT_EQ(doc.date.earliest, "2023-05-01");
  EXPECT_EQ(doc.date.latest, "2023-05-31");
  EXPECT_DOUBLE_EQ(doc.date.confidence, 1.0);
  EXPECT_TRUE(doc.text.starts_with("Der Stadtrat von Kassel"));
  EXPECT_TRUE(doc.text.ends_with("beraten werden."));
  EXPECT_EQ(doc.text.find("date"), std::string::npos);
  EXPECT_FALSE(doc.title.has_value());  // a long first line closed by a period is no headline
  EXPECT_TRUE(issues_.empty());
}

TEST_F(ReaderTest, HeaderThenHeadlineOnTheSameLine) {
  const Document doc = read_text(
      " date 2024-02-29 Hochwasser in Passau: Altstadt gesperrt\n\nDas Wasser der Donau stieg "
      "über Nacht um zwei Meter.");
  EXPECT_EQ(doc.date.value, "2024-02-29");
  EXPECT_EQ(doc.date.earliest, "2024-02-29");
  EXPECT_EQ(doc.date.latest, "2024-02-29");
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "Hochwasser in Passau: Altstadt gesperrt");
  EXPECT_TRUE(doc.text.starts_with("Hochwasser in Passau: Altstadt gesperrt\n\nDas Wasser"));
}

TEST_F(ReaderTest, HeaderWithoutLeadingSpaceAndOnItsOwnLine) {
  const Document doc = read_text("date 2022-02\n\nDie Ölpreise sind gestiegen.");
  EXPECT_EQ(doc.date.value, "2022-02");
  EXPECT_EQ(doc.date.latest, "2022-02-28");
  EXPECT_EQ(doc.text, "Die Ölpreise sind gestiegen.");
}

TEST_F(ReaderTest, NoHeaderMeansUnknownDate) {
  const Document doc = read_text("Die Ölpreise sind gestiegen.");
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kUnknown);
  EXPECT_TRUE(doc.date.value.empty());
  EXPECT_TRUE(doc.date.earliest.empty());
  EXPECT_EQ(doc.text, "Die Ölpreise sind gestiegen.");
}

TEST_F(ReaderTest, TheWordDateStartingABodyIsNoHeader) {
  const Document doc = read_text("date und data sind englische Wörter.");
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kUnknown);
  EXPECT_EQ(doc.text, "date und data sind englische Wörter.");
}

TEST_F(ReaderTest, InvalidHeaderDateIsStrippedAndReported) {
  const Document doc = read_text(" date 2023-13 Der Rat tagte.");
  EXPECT_EQ(doc.date.origin, DocumentDate::Origin::kUnknown);
  EXPECT_EQ(doc.text, "Der Rat tagte.");
  EXPECT_TRUE(has_issue(Severity::kWarning, "artikel.txt", "2023-13"));
}

// --- text articles: headline ---------------------------------------------------------------

TEST_F(ReaderTest, ShortFirstLineWithoutPeriodIsTheHeadline) {
  const Document doc = read_text(
      "Neue Brücke über die Elbe eröffnet\n\nNach vier Jahren Bauzeit ist "
      "die Brücke fertig.");
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "Neue Brücke über die Elbe eröffnet");
  EXPECT_TRUE(doc.text.starts_with(*doc.title));  // the headline stays in the text
}

TEST_F(ReaderTest, QuestionHeadlineCounts) {
  const Document doc = read_text("Wer zahlt für die Flut?\nDie Versicherer streiten.");
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "Wer zahlt für die Flut?");
}

TEST_F(ReaderTest, NoHeadlineCases) {
  // A sentence with its final period, also inside closing quotes.
  EXPECT_FALSE(read_text("Der Minister trat zurück.\n\nEr nannte keine Gründe.").title);
  EXPECT_FALSE(read_text("Er sagte: „Wir bleiben.“\n\nDann ging er.").title);
  // A single line is the whole article, not a headline.
  EXPECT_FALSE(read_text("Kurzmeldung ohne Punkt").title);
  // A line introducing what follows.
  EXPECT_FALSE(read_text("Die Ergebnisse im Überblick:\nPartei A gewann.").title);
  // A long first line without a period is a paragraph.
  EXPECT_FALSE(read_text(std::string(300, 'x') + "\n\nZweiter Absatz.").title);
}

// --- JSON Lines and JSON -------------------------------------------------------------------

TEST_F(ReaderTest, JsonLinesFieldsAndMetadata) {
  const std::string path = write(
      "feed.jsonl",
      R"({"id": "k-1", "source": "Kurier", "url": "https://example.org/1", "date": "2021-06-15", )"
      R"("title": "Sommerfest abgesagt", "text": "Das Sommerfest fällt aus.", "author": "Rita", )"
      R"("tags": ["lokal", "kultur"], "words": 4})"
      "\n"
      R"({"text": "Zweite Meldung ohne Kennung.", "date": "2021-07"})"
      "\n");
  const auto docs = read_all({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "k-1");
  ASSERT_TRUE(docs[0].title.has_value());
  EXPECT_EQ(*docs[0].title, "Sommerfest abgesagt");
  EXPECT_EQ(docs[0].text, "Das Sommerfest fällt aus.");
  EXPECT_EQ(docs[0].date.value, "2021-06-15");
  EXPECT_EQ(docs[0].date.origin, DocumentDate::Origin::kGiven);
  EXPECT_EQ(docs[0].metadata.at("source"), "Kurier");
  EXPECT_EQ(docs[0].metadata.at("url"), "https://example.org/1");
  EXPECT_EQ(docs[0].metadata.at("author"), "Rita");
  EXPECT_EQ(docs[0].metadata.at("tags"), R"(["lokal","kultur"])");
  EXPECT_EQ(docs[0].metadata.at("words"), "4");
  EXPECT_EQ(docs[0].metadata.count("text"), 0u);
  EXPECT_EQ(docs[0].metadata.count("date"), 0u);
  EXPECT_EQ(docs[0].origin_line, 1u);
  EXPECT_EQ(docs[1].id, "feed:2");
  EXPECT_FALSE(docs[1].title.has_value());
  EXPECT_EQ(docs[1].date.value, "2021-07");
  EXPECT_EQ(docs[1].date.latest, "2021-07-31");
  EXPECT_TRUE(issues_.empty());
}

TEST_F(ReaderTest, JsonTimestampsNumericIdsAndBlankLines) {
  const std::string path = write("ticker.jsonl",
                                 "\n"
                                 R"({"id": 42, "date": "2020-03-01T08:30:00Z", "text": "Eins."})"
                                 "\n   \n"
                                 R"({"date": "gestern", "text": "Zwei."})"
                                 "\n");
  const auto docs = read_all({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "42");
  EXPECT_EQ(docs[0].date.value, "2020-03-01");
  EXPECT_EQ(docs[1].id, "ticker:4");
  EXPECT_EQ(docs[1].date.origin, DocumentDate::Origin::kUnknown);
  EXPECT_EQ(docs[1].metadata.at("date"), "gestern");  // kept, not lost
  EXPECT_TRUE(has_issue(Severity::kWarning, "ticker.jsonl:4", "gestern"));
}

TEST_F(ReaderTest, JsonFileWithOneObjectOrAnArray) {
  const std::string one = write("einzeln.json", R"({"title": "Eins", "text": "Ein Artikel."})");
  const std::string many = write("liste.json",
                                 "[\n  {\"text\": \"Erster.\"},\n  {\"text\": "
                                 "\"Zweiter mit \\\"}\\\" im Text.\"}\n]\n");
  const auto docs = read_all({one, many});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "einzeln");
  EXPECT_EQ(docs[1].id, "liste:2");
  EXPECT_EQ(docs[2].id, "liste:3");
  EXPECT_EQ(docs[2].text, "Zweiter mit \"}\" im Text.");
}

TEST_F(ReaderTest, GzipForTextAndJsonLines) {
  const std::string txt = write_gz("meldung.txt.gz", " date 2019-11 Gepackter Text.");
  const std::string jsonl = write_gz("paket.jsonl.gz", R"({"id": "p1", "text": "Erste."})"
                                                       "\n"
                                                       R"({"id": "p2", "text": "Zweite."})"
                                                       "\n");
  const auto docs = read_all({txt, jsonl});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "meldung");
  EXPECT_EQ(docs[0].date.value, "2019-11");
  EXPECT_EQ(docs[0].text, "Gepackter Text.");
  EXPECT_EQ(docs[1].id, "p1");
  EXPECT_EQ(docs[2].id, "p2");
}

TEST_F(ReaderTest, DirectoriesInSortedOrderWithSkippedFilesNamed) {
  write("korpus/b.txt", "Artikel B.");
  write("korpus/a.jsonl", R"({"id": "a1", "text": "Artikel A1."})"
                          "\n");
  write("korpus/unter/c.txt", "Artikel C.");
  write("korpus/notizen.md", "keine Meldung");
  write("korpus/Z.TXT", "Artikel Z.");
  write("korpus/d.json", R"([{"id": "d1", "text": "Artikel D1."}])");
  const auto docs = read_all({(dir_ / "korpus").string()});
  std::vector<std::string> ids;
  for (const auto& d : docs) ids.push_back(d.id);
  // Byte order: upper case before lower case, files and directories interleaved by name.
  EXPECT_EQ(ids, (std::vector<std::string>{"Z", "a1", "b", "d1", "c"}));
  EXPECT_TRUE(has_issue(Severity::kWarning, "notizen.md", "skipped"));
  EXPECT_EQ(rejected_, 0u);
}

TEST_F(ReaderTest, StdinTextAndJsonLines) {
  auto read_stdin = [&](const std::string& content) {
    const std::string path = write("stdin-input", content);
    const int saved = ::dup(0);
    const int fd = ::open(path.c_str(), O_RDONLY);
    ::dup2(fd, 0);
    ::close(fd);
    auto docs = read_all({"-"});
    ::dup2(saved, 0);
    ::close(saved);
    return docs;
  };
  auto text = read_stdin(" date 2020-01 Von der Standardeingabe.");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].id, "stdin");
  EXPECT_EQ(text[0].date.value, "2020-01");
  EXPECT_EQ(text[0].origin_path, "<stdin>");
  auto lines = read_stdin("  {\"text\": \"Eins.\"}\n{\"id\": \"x\", \"text\": \"Zwei.\"}\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].id, "stdin:1");
  EXPECT_EQ(lines[1].id, "x");
}

TEST_F(ReaderTest, NormalisesToNfc) {
  // "Bär" with U+0308 COMBINING DIAERESIS after the "a".
  const Document doc = read_text(
      "Der Ba\xCC\x88r schla\xCC\x88"
      "ft.");
  EXPECT_EQ(doc.text, "Der Bär schläft.");
}

// --- bad input ------------------------------------------------------------------------------

TEST_F(ReaderTest, InvalidUtf8IsRepairedWithTheByteOffsetNamed) {
  const Document doc = read_text("Gr\xFC\xDF Gott aus M\xFCnchen.");  // Latin-1 bytes
  EXPECT_EQ(doc.text, "Gr\xEF\xBF\xBD\xEF\xBF\xBD Gott aus M\xEF\xBF\xBDnchen.");
  EXPECT_TRUE(has_issue(Severity::kWarning, "artikel.txt", "byte offset 2 of the file"));
  EXPECT_EQ(rejected_, 0u);
}

TEST_F(ReaderTest, InvalidUtf8InJsonLineNamesLineAndOffset) {
  const std::string path = write("kaputt.jsonl", R"({"text": "Gut."})"
                                                 "\n"
                                                 "{\"text\": \"M\xFCnchen.\"}\n");
  const auto docs = read_all({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].text, "M\xEF\xBF\xBDnchen.");
  EXPECT_TRUE(has_issue(Severity::kWarning, "kaputt.jsonl:2", "byte offset 11 of the line"));
}

TEST_F(ReaderTest, BinaryFilesAreSkipped) {
  const std::string bin = write("bild.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string controls = write("steuer.txt", std::string(100, '\x01') + "Text");
  const std::string good = write("gut.txt", "Ein guter Artikel.");
  const auto docs = read_all({bin, controls, good});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "gut");
  EXPECT_TRUE(has_issue(Severity::kError, "bild.txt", "binary file (NUL byte"));
  EXPECT_TRUE(has_issue(Severity::kError, "steuer.txt", "binary file"));
  EXPECT_EQ(rejected_, 2u);
}

TEST_F(ReaderTest, EmptyFilesAreReportedAndYieldNothing) {
  const std::string empty = write("leer.txt", "");
  const std::string blank = write("blank.txt", "  \n\n ");
  const std::string header_only = write("kopf.txt", " date 2023-05\n");
  const std::string empty_jsonl = write("leer.jsonl", "");
  const auto docs = read_all({empty, blank, header_only, empty_jsonl});
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(has_issue(Severity::kWarning, "leer.txt", "empty file"));
  EXPECT_TRUE(has_issue(Severity::kWarning, "blank.txt", "no article text"));
  EXPECT_TRUE(has_issue(Severity::kWarning, "kopf.txt", "no article text"));
  EXPECT_TRUE(has_issue(Severity::kWarning, "leer.jsonl", "empty file"));
}

TEST_F(ReaderTest, MalformedJsonLinesAreRejectedAndTheOthersGoOn) {
  const std::string path = write("gemischt.jsonl",
                                 R"({"id": "1", "text": "Eins."})"
                                 "\n"
                                 R"({"id": "2", "text": "Zwei.)"
                                 "\n"  // unterminated
                                 R"({"id": "3", "title": "ohne Text"})"
                                 "\n"
                                 R"({"id": "4", "text": 17})"
                                 "\n"
                                 R"(["keine", "Meldung"])"
                                 "\n"
                                 R"({"id": "6", "text": "Sechs."})"
                                 "\n");
  const auto docs = read_all({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "1");
  EXPECT_EQ(docs[1].id, "6");
  EXPECT_TRUE(has_issue(Severity::kError, "gemischt.jsonl:2", "malformed JSON"));
  EXPECT_TRUE(has_issue(Severity::kError, "gemischt.jsonl:3", "no \"text\""));
  EXPECT_TRUE(has_issue(Severity::kError, "gemischt.jsonl:4", "must be a string"));
  EXPECT_TRUE(has_issue(Severity::kError, "gemischt.jsonl:5", "JSON object"));
}

// The "text" field is moved out of the parser (json_record.cc); the record must still read as
// json::parse would: the last of duplicate keys wins, and "text" inside a nested value is
// metadata, not the article.
TEST_F(ReaderTest, JsonTextFieldEdgeCases) {
  const std::string path =
      write("rand.jsonl", R"({"id": "a", "text": "Alt.", "text": "Neu."})"
                          "\n"
                          R"({"id": "b", "text": 5, "text": "Doch Text."})"
                          "\n"
                          R"({"id": "c", "text": "Erst Text.", "text": [1]})"
                          "\n"
                          R"({"id": "d", "extra": {"text": "innen"}, "text": "Außen."})"
                          "\n"
                          R"({"id": "e", "liste": ["text", "x"], "text": "Fünf."})"
                          "\n");
  const auto docs = read_all({path});
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "Neu.");
  EXPECT_EQ(docs[1].text, "Doch Text.");
  EXPECT_EQ(docs[2].id, "d");
  EXPECT_EQ(docs[2].text, "Außen.");
  EXPECT_EQ(docs[2].metadata.at("extra"), R"({"text":"innen"})");
  EXPECT_EQ(docs[3].text, "Fünf.");
  EXPECT_EQ(docs[3].metadata.at("liste"), R"(["text","x"])");
  EXPECT_TRUE(has_issue(Severity::kError, "rand.jsonl:3", "must be a string, not array"));
}

TEST_F(ReaderTest, MissingPathsAreRejected) {
  const std::string good = write("gut.txt", "Ein Artikel.");
  const auto docs = read_all({(dir_ / "fehlt.txt").string(), good, (dir_ / "fehlt/").string()});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(has_issue(Severity::kError, "fehlt.txt", "no such file"));
  EXPECT_EQ(rejected_, 2u);
}

TEST_F(ReaderTest, UnreadableFileIsRejected) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  const std::string path = write("gesperrt.txt", "Geheim.");
  fs::permissions(path, fs::perms::none);
  const auto docs = read_all({path});
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(has_issue(Severity::kError, "gesperrt.txt", "ermission"));
}

TEST_F(ReaderTest, OversizedInputsAreRejectedWithTheLimitNamed) {
  ReaderOptions options;
  options.max_text_bytes = 100;
  options.max_record_bytes = 60;
  const std::string big = write("gross.txt", std::string(101, 'a'));
  const std::string lines = write("zeilen.jsonl", R"({"text": ")" + std::string(80, 'b') +
                                                      "\"}\n"
                                                      R"({"text": "Kurz."})"
                                                      "\n");
  const auto docs = read_all({big, lines}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "zeilen:2");
  EXPECT_TRUE(has_issue(Severity::kError, "gross.txt", "larger than"));
  EXPECT_TRUE(has_issue(Severity::kError, "zeilen.jsonl:1", "longer than"));
}

TEST_F(ReaderTest, CorruptGzipIsRejected) {
  std::string gz;
  {
    const std::string path =
        write_gz("tmp.jsonl.gz", std::string(5000, ' ') + "{\"text\":\"x\"}\n");
    std::ifstream in(path, std::ios::binary);
    gz.assign(std::istreambuf_iterator<char>(in), {});
  }
  gz.resize(gz.size() / 2);  // truncated in the middle of the deflate stream
  const std::string path = write("kaputt.jsonl.gz", gz);
  const auto docs = read_all({path});
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(has_issue(Severity::kError, "kaputt.jsonl.gz", "truncated gzip"));
}

TEST(FormatIssue, NamesSeverityAndPlace) {
  EXPECT_EQ(format_issue({Severity::kError, "a.jsonl:3", "malformed JSON"}),
            "ERROR a.jsonl:3: malformed JSON");
  EXPECT_EQ(format_issue({Severity::kWarning, "b.txt", "empty file"}), "WARNING b.txt: empty file");
}

}  // namespace
}  // namespace lagebild
