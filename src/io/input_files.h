// Expands the paths given on the command line into the article files to read, in a
// deterministic order: each directory's entries sorted byte-wise, depth first, so that the same
// tree gives the same run on every machine and file system.
#ifndef LAGEBILD_IO_INPUT_FILES_H_
#define LAGEBILD_IO_INPUT_FILES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <lagebild/reader.h>

namespace lagebild::io {

// How a file's records are laid out, decided by its name (and for stdin by its content).
enum class InputFormat : uint8_t {
  kText,       // one article per file
  kJsonLines,  // one JSON object per line
  kJson,       // one JSON object or an array of them
  kDetect,     // stdin, unknown extensions: decided from the first non-space byte
  kUnknown,    // not an article file (skipped inside directories)
};

struct InputFile {
  std::string path;  // "-" for standard input
  InputFormat format = InputFormat::kText;
};

// The format a file name announces: ".txt", ".jsonl"/".ndjson", ".json", each optionally
// followed by ".gz" (letter case ignored); kUnknown otherwise.
InputFormat format_from_name(std::string_view name);

// The file name without directories and without its known extensions:
// "dir/000_ab.txt.gz" -> "000_ab"; an unknown extension is dropped as well ("notiz.md" -> "notiz").
std::string file_stem(std::string_view path);

// Walks the inputs lazily: only one directory listing per level of depth is held at a time.
class InputFiles {
 public:
  explicit InputFiles(std::vector<std::string> paths);

  // The next file to read; false when all paths are done. Missing paths, unreadable directories
  // (ERROR) and skipped non-article files inside directories (WARNING) go to `issues`.
  // A file named explicitly is read even with an unknown extension: as JSON Lines when its first
  // non-space byte is `{`, else as a text article (InputFormat::kDetect).
  bool next(InputFile& file, std::vector<ReadIssue>& issues, uint64_t& skipped_files,
            uint64_t& rejected);

 private:
  struct Level {
    std::vector<std::string> entries;  // full paths, sorted
    size_t next = 0;
  };
  void push_directory(const std::string& path, std::vector<ReadIssue>& issues, uint64_t& rejected);

  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  std::vector<Level> stack_;
};

}  // namespace lagebild::io

#endif  // LAGEBILD_IO_INPUT_FILES_H_
