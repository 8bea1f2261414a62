// lagebild — readers: article files, JSON Lines, directories, gzip and stdin into Documents.
//
// Inputs. An input path is one of
//   - a plain-text article (`.txt`; a file named explicitly with another extension is read as
//     JSON Lines when its first non-space byte is `{`, else as text): UTF-8, read
//     whole. It may open with a metadata header ` date YYYY-MM` or ` date YYYY-MM-DD` (leading
//     space optional); the header ends at the next space or line break, and the body may go on
//     on the same line. The header is metadata: it sets `Document::date` (origin "given") and is
//     never part of `text`. A first line that reads as a headline (short, no final period,
//     followed by a line break) is copied to `title` and stays in `text`.
//   - JSON Lines (`.jsonl`, `.ndjson`): one object per line with `id`, `source`, `url`, `date`,
//     `title`, `text`; every other field is kept in `Document::metadata`.
//   - JSON (`.json`): one such object, or an array of them.
//   - any of these compressed with gzip (`.gz` appended), decompressed while streaming.
//   - a directory: searched recursively, in sorted (byte-wise) order so that runs are
//     deterministic; files with other extensions are reported as skipped.
//   - `-`: standard input; JSON Lines when its first non-space character is `{`, a JSON array
//     when it is `[`, else one text article. gzip on stdin is detected by its magic bytes.
//
// Document ids: the JSON `id` (a number is written in decimal), else the file name without its
// extensions (`000_3b0e.txt.gz` -> `000_3b0e`), else for a JSON Lines record without `id` the
// file stem, a colon and the line number (`feed:17`).
//
// Streaming and memory. Text files are read whole (they are articles) up to `max_text_bytes`;
// JSON Lines are read one line at a time, so a file of any size needs memory for one line only.
// A single line may be very large (hundreds of MB): it is read in linear time.
//
// Bad input never stops a run. Each problem is reported as a ReadIssue naming FILE or FILE:LINE:
// a WARNING when the input was still read (invalid UTF-8 repaired with U+FFFD, naming the byte
// offset; an empty file; a skipped non-article file in a directory), an ERROR when an input was
// rejected (a binary file, a malformed JSON line, a record without string `text`, a missing or
// unreadable path, a text file above the size limit). Every ERROR is one rejected input.
//
// Threads. Reading is split in two so that the expensive half runs in parallel: one thread pulls
// RawRecords out of an ArticleReader (file walking, decompression, line splitting), and any number
// of threads turn them into Documents with decode_record() (JSON parsing, UTF-8 repair, header and
// headline, Unicode normalisation). ArticleReader is not thread-safe; decode_record() is.
#ifndef LAGEBILD_READER_H_
#define LAGEBILD_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <lagebild/document.h>

namespace lagebild {

struct ReaderOptions {
  // Text files are whole articles; anything bigger than this is a dump or a book, not an
  // article, and is rejected with a message rather than read into memory. 64 MiB is ~200 times
  // the longest news article in the bundled corpora.
  size_t max_text_bytes = size_t{64} << 20;
  // One JSON Lines line (or one object of a .json file). Large enough for a 200 MB line; a longer
  // line is skipped (read past without being stored) and reported.
  size_t max_record_bytes = size_t{1} << 30;
  // Binary files are recognised in their first `sniff_bytes` (after decompression): a NUL byte,
  // or more than `max_control_ratio` of control bytes other than tab, line feed, carriage return
  // and form feed. Text in any legacy 8-bit encoding passes; UTF-16 and executables do not.
  size_t sniff_bytes = 8192;
  double max_control_ratio = 0.10;
  // A first line longer than this (in code points) is a paragraph, not a headline.
  size_t max_headline_chars = 200;
  // NFC normalisation of `text` and `title` (see text.h). Off only to test the reader alone.
  bool normalize = true;
};

// A problem with one input, reported and counted; the run goes on.
struct ReadIssue {
  enum class Severity : uint8_t { kWarning, kError };
  Severity severity = Severity::kWarning;
  std::string where;  // "FILE" or "FILE:LINE"
  std::string message;
};

// "WARNING FILE:LINE: message" / "ERROR FILE: message".
std::string format_issue(const ReadIssue& issue);

// One undecoded article as it came out of a file: the expensive decoding happens later, on a
// worker thread, in decode_record().
struct RawRecord {
  enum class Format : uint8_t {
    kText,  // a whole plain-text article, header included
    kJson,  // one JSON object (a JSON Lines line or an element of a .json file)
  };
  Format format = Format::kText;
  std::string bytes;
  std::string path;        // the file as named or found; "<stdin>" for standard input
  uint64_t line = 0;       // 1-based line where a JSON object starts; 0 for text articles
  std::string default_id;  // the id when the record has none of its own
};

// What an ArticleReader has seen so far.
struct ReaderStats {
  uint64_t files = 0;          // files opened as article input
  uint64_t records = 0;        // records produced (articles before decoding)
  uint64_t bytes = 0;          // uncompressed bytes of those records
  uint64_t skipped_files = 0;  // non-article files found in directories
  uint64_t rejected = 0;       // inputs rejected by the reader itself (ERROR issues)
};

// Streams the records of a list of input paths, in order. Not thread-safe: one reader thread.
class ArticleReader {
 public:
  explicit ArticleReader(std::vector<std::string> paths, ReaderOptions options = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Produces the next record; false at the end of all inputs. Problems met on the way (skipped
  // and rejected files, bad lines) are appended to `issues` and never thrown.
  bool next_record(RawRecord& record, std::vector<ReadIssue>& issues);

  // Serial convenience: next_record() and decode_record() until a Document comes out.
  bool next(Document& doc, std::vector<ReadIssue>& issues);

  const ReaderOptions& options() const;
  const ReaderStats& stats() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Turns a record into a Document: UTF-8 repair, JSON fields or the text header, headline,
// normalisation. Returns nothing (and appends an ERROR or WARNING to `issues`) when the record
// holds no article. Thread-safe; `record.bytes` is consumed.
std::optional<Document> decode_record(RawRecord&& record, const ReaderOptions& options,
                                      std::vector<ReadIssue>& issues);

}  // namespace lagebild

#endif  // LAGEBILD_READER_H_
