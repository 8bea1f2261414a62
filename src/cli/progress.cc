#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace lagebild::cli {

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

ProgressBar::~ProgressBar() {
  clear();
}

void ProgressBar::update(uint64_t articles, uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "\r\033[K%s articles  %.1f MB  %.0f articles/s  %.1f MB/s",
               with_separators(articles).c_str(), mb,
               seconds > 0 ? static_cast<double>(articles) / seconds : 0.0,
               seconds > 0 ? mb / seconds : 0.0);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressBar::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

bool progress_wanted(bool quiet) {
  return !quiet && ::isatty(STDERR_FILENO) == 1;
}

void IssueReport::add(const ReadIssue& issue) {
  progress_.clear();
  std::fprintf(stderr, "%s\n", format_issue(issue).c_str());
  if (issue.severity == ReadIssue::Severity::kError) {
    ++rejected_;
    if (listed_.size() < kListed) listed_.push_back(issue.where + ": " + issue.message);
  } else {
    ++warnings_;
  }
}

void IssueReport::print_rejected_summary() const {
  if (rejected_ == 0) return;
  std::fprintf(stderr, "lagebild: %s input%s rejected:\n", with_separators(rejected_).c_str(),
               rejected_ == 1 ? "" : "s");
  for (const std::string& line : listed_) std::fprintf(stderr, "  %s\n", line.c_str());
  if (rejected_ > listed_.size()) {
    std::fprintf(stderr, "  ... and %s more (see the errors above)\n",
                 with_separators(rejected_ - listed_.size()).c_str());
  }
}

std::string with_separators(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace lagebild::cli
