// decode_record(): RawRecord -> Document, on worker threads. UTF-8 repair, the JSON fields or the
// text header and headline, Unicode normalisation.
#include <lagebild/reader.h>

#include "io/given_date.h"
#include "io/json_record.h"
#include "io/normalize_body.h"
#include "io/text_article.h"
#include "text/utf8.h"

namespace lagebild {
namespace {

using Severity = ReadIssue::Severity;

void warn(std::vector<ReadIssue>& issues, const std::string& where, std::string message) {
  issues.push_back(ReadIssue{Severity::kWarning, where, std::move(message)});
}

// Returns valid UTF-8: `bytes` itself when it is, else a repaired copy and a WARNING naming the
// first bad byte offset (in the file for text articles, in the line for JSON records).
std::string valid_utf8(std::string&& bytes, const RawRecord& record, const std::string& where,
                       std::vector<ReadIssue>& issues) {
  if (utf8::is_valid(bytes)) return std::move(bytes);
  std::vector<size_t> bad;
  std::string repaired = utf8::repair(bytes, &bad);
  std::string message = "invalid UTF-8 at byte offset " + std::to_string(bad.front());
  message += record.line > 0 ? " of the line" : " of the file";
  if (bad.size() > 1) message += " and " + std::to_string(bad.size() - 1) + " more place(s)";
  message += "; replaced with U+FFFD";
  warn(issues, where, std::move(message));
  return repaired;
}

bool decode_text(std::string&& bytes, const ReaderOptions& options, const std::string& where,
                 Document& doc, std::vector<ReadIssue>& issues) {
  const io::TextHeader header = io::parse_text_header(bytes);
  if (header.present) {
    if (auto date = io::parse_given_date(header.date)) {
      doc.date = std::move(*date);
    } else {
      warn(issues, where,
           "header date \"" + std::string(header.date) +
               "\" is not a valid YYYY-MM or YYYY-MM-DD date; date unknown");
      doc.metadata["date"] = std::string(header.date);
    }
  }
  const std::string_view body = io::trim_space(std::string_view(bytes).substr(header.body_begin));
  doc.text.assign(body);
  bytes = std::string();  // the file copy is not needed any more
  if (options.normalize) {
    io::normalize_body(doc.text);
    // Removing invisible characters may have laid bare white space at either end.
    if (const std::string_view trimmed = io::trim_space(doc.text);
        trimmed.size() != doc.text.size()) {
      doc.text = std::string(trimmed);
    }
  }
  if (std::string_view headline = io::find_headline(doc.text, options.max_headline_chars);
      !headline.empty()) {
    doc.title = std::string(headline);
  }
  return true;
}

bool decode_json(std::string&& bytes, const ReaderOptions& options, const std::string& where,
                 Document& doc, std::vector<ReadIssue>& issues) {
  std::string error;
  std::vector<std::string> warnings;
  const bool ok = io::read_json_record(bytes, doc, error, warnings);
  bytes = std::string();
  for (auto& w : warnings) warn(issues, where, std::move(w));
  if (!ok) {
    issues.push_back(ReadIssue{Severity::kError, where, std::move(error)});
    return false;
  }
  if (options.normalize) {
    io::normalize_body(doc.text);
    if (doc.title) io::normalize_body(*doc.title);
  }
  return true;
}

}  // namespace

std::optional<Document> decode_record(RawRecord&& record, const ReaderOptions& options,
                                      std::vector<ReadIssue>& issues) {
  const std::string where =
      record.line > 0 ? record.path + ":" + std::to_string(record.line) : record.path;
  std::string bytes = valid_utf8(std::move(record.bytes), record, where, issues);

  Document doc;
  const bool ok = record.format == RawRecord::Format::kText
                      ? decode_text(std::move(bytes), options, where, doc, issues)
                      : decode_json(std::move(bytes), options, where, doc, issues);
  if (!ok) return std::nullopt;
  if (io::trim_space(doc.text).empty()) {
    warn(issues, where, "no article text; nothing read");
    return std::nullopt;
  }
  if (doc.id.empty()) doc.id = std::move(record.default_id);
  doc.origin_path = std::move(record.path);
  doc.origin_line = record.line;
  return doc;
}

}  // namespace lagebild
