#include "io/input_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace lagebild::io {
namespace {

namespace fs = std::filesystem;

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    const char a = static_cast<char>(
        std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])));
    if (a != suffix[i]) return false;
  }
  return true;
}

std::string_view strip_gz(std::string_view name) {
  return ends_with_ci(name, ".gz") ? name.substr(0, name.size() - 3) : name;
}

ReadIssue issue(ReadIssue::Severity severity, std::string where, std::string message) {
  return ReadIssue{severity, std::move(where), std::move(message)};
}

}  // namespace

InputFormat format_from_name(std::string_view name) {
  const std::string_view base = strip_gz(name);
  if (ends_with_ci(base, ".txt")) return InputFormat::kText;
  if (ends_with_ci(base, ".jsonl") || ends_with_ci(base, ".ndjson")) return InputFormat::kJsonLines;
  if (ends_with_ci(base, ".json")) return InputFormat::kJson;
  return InputFormat::kUnknown;
}

std::string file_stem(std::string_view path) {
  std::string_view name = path;
  if (const auto slash = name.rfind('/'); slash != std::string_view::npos) {
    name = name.substr(slash + 1);
  }
  name = strip_gz(name);
  // Drop one more extension, known or not, but keep names that are all extension (".hidden").
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0) {
    name = name.substr(0, dot);
  }
  return std::string(name);
}

InputFiles::InputFiles(std::vector<std::string> paths) : paths_(std::move(paths)) {}

void InputFiles::push_directory(const std::string& path, std::vector<ReadIssue>& issues,
                                uint64_t& rejected) {
  std::error_code ec;
  Level level;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    level.entries.push_back(it->path().string());
  }
  if (ec) {
    issues.push_back(issue(ReadIssue::Severity::kError, path, ec.message()));
    ++rejected;
    return;
  }
  std::sort(level.entries.begin(), level.entries.end());
  stack_.push_back(std::move(level));
}

bool InputFiles::next(InputFile& file, std::vector<ReadIssue>& issues, uint64_t& skipped_files,
                      uint64_t& rejected) {
  using Severity = ReadIssue::Severity;
  for (;;) {
    // Inside a directory: the next sorted entry, descending into subdirectories in place.
    while (!stack_.empty()) {
      Level& level = stack_.back();
      if (level.next == level.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const std::string path = level.entries[level.next++];
      std::error_code ec;
      const fs::file_status st = fs::status(path, ec);
      if (ec) {
        issues.push_back(issue(Severity::kError, path, ec.message()));
        ++rejected;
        continue;
      }
      if (fs::is_directory(st)) {
        // Symbolic links to directories are not followed: they can form cycles.
        if (fs::is_symlink(fs::symlink_status(path, ec))) {
          issues.push_back(
              issue(Severity::kWarning, path, "skipped: symbolic link to a directory"));
          ++skipped_files;
          continue;
        }
        push_directory(path, issues, rejected);
        continue;
      }
      const InputFormat format = format_from_name(path);
      if (!fs::is_regular_file(st) || format == InputFormat::kUnknown) {
        issues.push_back(
            issue(Severity::kWarning, path,
                  "skipped: not an article file (.txt, .jsonl, .ndjson, .json, optionally .gz)"));
        ++skipped_files;
        continue;
      }
      file = InputFile{path, format};
      return true;
    }

    if (next_path_ == paths_.size()) return false;
    const std::string& path = paths_[next_path_++];
    if (path == "-") {
      file = InputFile{path, InputFormat::kDetect};
      return true;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) {
      issues.push_back(issue(Severity::kError, path, "no such file or directory"));
      ++rejected;
      continue;
    }
    if (ec) {
      issues.push_back(issue(Severity::kError, path, ec.message()));
      ++rejected;
      continue;
    }
    if (fs::is_directory(st)) {
      push_directory(path, issues, rejected);
      continue;
    }
    // A file named explicitly is read whatever its name, by its content: process substitution
    // (<(zcat feed.gz)) and extensionless files work too.
    const InputFormat format = format_from_name(path);
    file = InputFile{path, format == InputFormat::kUnknown ? InputFormat::kDetect : format};
    return true;
  }
}

}  // namespace lagebild::io
