// ArticleReader: input files -> RawRecords, on the reader thread. Cheap work only: walking
// directories, decompressing, splitting lines, recognising binary and oversized files.
#include <lagebild/error.h>
#include <lagebild/reader.h>

#include <memory>

#include "io/byte_source.h"
#include "io/content_sniff.h"
#include "io/input_files.h"
#include "io/json_objects.h"

namespace lagebild {
namespace {

using Severity = ReadIssue::Severity;

std::string display_path(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

std::string at_line(const std::string& path, uint64_t line) {
  return path + ":" + std::to_string(line);
}

// An Error's message without the "WHERE: " prefix, which the ReadIssue carries separately.
std::string message_of(const Error& e) {
  std::string what = e.what();
  const std::string prefix = e.where() + ": ";
  if (!e.where().empty() && what.starts_with(prefix)) what.erase(0, prefix.size());
  return what;
}

std::string mebibytes(size_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

}  // namespace

std::string format_issue(const ReadIssue& issue) {
  std::string out = issue.severity == Severity::kError ? "ERROR " : "WARNING ";
  out += issue.where;
  out += ": ";
  out += issue.message;
  return out;
}

class ArticleReader::Impl {
 public:
  Impl(std::vector<std::string> paths, ReaderOptions options)
      : options_(std::move(options)), files_(std::move(paths)) {}

  bool next_record(RawRecord& record, std::vector<ReadIssue>& issues) {
    for (;;) {
      if (source_) {
        try {
          if (read_from_current(record, issues)) return true;
        } catch (const Error& e) {
          reject(issues, e.where().empty() ? path_ : e.where(), message_of(e));
        }
        source_.reset();
        objects_.reset();
        continue;
      }
      io::InputFile file;
      if (!files_.next(file, issues, stats_.skipped_files, stats_.rejected)) return false;
      try {
        if (open(file, record, issues)) return true;
      } catch (const Error& e) {
        reject(issues, display_path(file.path), message_of(e));
        source_.reset();
      }
    }
  }

  const ReaderOptions& options() const { return options_; }
  const ReaderStats& stats() const { return stats_; }

 private:
  void reject(std::vector<ReadIssue>& issues, std::string where, std::string message) {
    issues.push_back(ReadIssue{Severity::kError, std::move(where), std::move(message)});
    ++stats_.rejected;
  }

  void emit(RawRecord& record, RawRecord::Format format, std::string&& bytes, uint64_t line,
            std::string default_id) {
    record.format = format;
    record.bytes = std::move(bytes);
    record.path = path_;
    record.line = line;
    record.default_id = std::move(default_id);
    ++stats_.records;
    stats_.bytes += record.bytes.size();
  }

  // Opens a file. Text articles are complete at once (true); JSON files only set up the
  // streaming state (false, and the next call reads from it).
  bool open(const io::InputFile& file, RawRecord& record, std::vector<ReadIssue>& issues) {
    path_ = display_path(file.path);
    stem_ = file.path == "-" ? std::string("stdin") : io::file_stem(file.path);
    source_ = std::make_unique<io::ByteSource>(file.path);
    ++stats_.files;
    const std::string_view head = source_->peek(options_.sniff_bytes);
    if (head.empty()) {
      issues.push_back(ReadIssue{Severity::kWarning, path_, "empty file; nothing read"});
      source_.reset();
      return false;
    }
    if (std::string why = io::binary_reason(head, options_.max_control_ratio); !why.empty()) {
      reject(issues, path_, why + "; skipped");
      source_.reset();
      return false;
    }
    io::InputFormat format = file.format;
    if (format == io::InputFormat::kDetect) {
      const size_t first = head.find_first_not_of(" \t\r\n");
      const char c = first == std::string_view::npos ? ' ' : head[first];
      format = c == '{'   ? io::InputFormat::kJsonLines
               : c == '[' ? io::InputFormat::kJson
                          : io::InputFormat::kText;
    }
    line_ = 0;
    json_lines_ = format == io::InputFormat::kJsonLines;
    if (format == io::InputFormat::kJson) {
      objects_ = std::make_unique<io::JsonObjects>(*source_, options_.max_record_bytes);
      return false;
    }
    if (json_lines_) return false;

    std::string bytes;
    if (!source_->read_all(bytes, options_.max_text_bytes)) {
      reject(issues, path_,
             "text file larger than " + mebibytes(options_.max_text_bytes) +
                 ": not read as an article (the limit is ReaderOptions::max_text_bytes; "
                 "split it, or convert it to JSON Lines)");
      source_.reset();
      return false;
    }
    emit(record, RawRecord::Format::kText, std::move(bytes), 0, stem_);
    source_.reset();
    return true;
  }

  bool read_from_current(RawRecord& record, std::vector<ReadIssue>& issues) {
    if (json_lines_) {
      bool too_long = false;
      while (source_->read_line(line_buffer_, options_.max_record_bytes, too_long)) {
        ++line_;
        if (too_long) {
          reject(issues, at_line(path_, line_),
                 "line longer than " + mebibytes(options_.max_record_bytes) +
                     " (ReaderOptions::max_record_bytes); skipped");
          continue;
        }
        if (line_buffer_.find_first_not_of(" \t\r") == std::string::npos) continue;
        // The record takes the line's memory; the next line starts with a fresh buffer.
        emit(record, RawRecord::Format::kJson, std::move(line_buffer_), line_,
             stem_ + ":" + std::to_string(line_));
        line_buffer_ = std::string();
        return true;
      }
      return false;
    }
    if (objects_) {
      std::string object, error;
      uint64_t line = 0;
      if (objects_->next(object, line, error)) {
        // A lone object is the file's article; an array's elements are told apart by line.
        emit(record, RawRecord::Format::kJson, std::move(object), line,
             objects_->in_array() ? stem_ + ":" + std::to_string(line) : stem_);
        return true;
      }
      if (!error.empty()) reject(issues, at_line(path_, line), error);
      return false;
    }
    return false;
  }

  ReaderOptions options_;
  io::InputFiles files_;
  ReaderStats stats_;

  // The file being read.
  std::unique_ptr<io::ByteSource> source_;
  std::unique_ptr<io::JsonObjects> objects_;
  std::string path_;
  std::string stem_;
  bool json_lines_ = false;
  uint64_t line_ = 0;
  std::string line_buffer_;
};

ArticleReader::ArticleReader(std::vector<std::string> paths, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), std::move(options))) {}

ArticleReader::~ArticleReader() = default;

bool ArticleReader::next_record(RawRecord& record, std::vector<ReadIssue>& issues) {
  return impl_->next_record(record, issues);
}

bool ArticleReader::next(Document& doc, std::vector<ReadIssue>& issues) {
  RawRecord record;
  while (next_record(record, issues)) {
    if (auto decoded = decode_record(std::move(record), impl_->options(), issues)) {
      doc = std::move(*decoded);
      return true;
    }
  }
  return false;
}

const ReaderOptions& ArticleReader::options() const {
  return impl_->options();
}
const ReaderStats& ArticleReader::stats() const {
  return impl_->stats();
}

}  // namespace lagebild
