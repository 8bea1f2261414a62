// What `analyze` and `ingest` tell the user on stderr while and after they run: a progress line
// when stderr is a terminal, every reader warning and error as it comes, and a closing summary
// of what was rejected.
#ifndef LAGEBILD_CLI_PROGRESS_H_
#define LAGEBILD_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <lagebild/reader.h>

namespace lagebild::cli {

// One self-overwriting line: articles, megabytes, rates. Drawn at most every 200 ms, and only
// when enabled (stderr is a terminal and --quiet was not given), so piped runs and logs stay
// clean.
class ProgressBar {
 public:
  // `enabled` false: every call does nothing. See progress_wanted().
  explicit ProgressBar(bool enabled);
  ~ProgressBar();  // clears the line

  void update(uint64_t articles, uint64_t bytes);
  // Removes the line so that a message can be printed; it comes back at the next update.
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when stderr is a terminal and the user did not ask for quiet.
bool progress_wanted(bool quiet);

// Prints reader issues as they arrive and remembers the rejected ones for the summary.
class IssueReport {
 public:
  explicit IssueReport(ProgressBar& progress) : progress_(progress) {}

  void add(const ReadIssue& issue);

  uint64_t rejected() const { return rejected_; }
  uint64_t warnings() const { return warnings_; }

  // "lagebild: 3 inputs rejected:" and the first few of them, or nothing when none was.
  void print_rejected_summary() const;

 private:
  static constexpr size_t kListed = 20;
  ProgressBar& progress_;
  uint64_t rejected_ = 0;
  uint64_t warnings_ = 0;
  std::vector<std::string> listed_;  // the first kListed rejected inputs
};

// "1,234,567": thousands separated, for humans.
std::string with_separators(uint64_t n);

}  // namespace lagebild::cli

#endif  // LAGEBILD_CLI_PROGRESS_H_
