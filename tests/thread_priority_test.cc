// lower_this_thread_priority(): only the calling thread runs at the lower priority.
#include "core/thread_priority.h"

#include <thread>

#include <gtest/gtest.h>

namespace lagebild::core {
namespace {

#ifdef __linux__
// The nice value a new thread reaches after lowering itself by `steps`, and the caller's after.
std::pair<int, int> lower_in_new_thread(int steps) {
  int inside = -100;
  std::thread([&] { inside = lower_this_thread_priority(steps); }).join();
  return {inside, this_thread_nice()};
}

TEST(ThreadPriorityTest, LowersOnlyTheCallingThread) {
  const int base = this_thread_nice();
  if (base > 16) GTEST_SKIP() << "the test runs at nice " << base << " already";
  const auto [inside, after] = lower_in_new_thread(3);
  EXPECT_EQ(inside, base + 3);
  EXPECT_EQ(after, base);
}

TEST(ThreadPriorityTest, StopsAtNineteen) {
  EXPECT_EQ(lower_in_new_thread(100).first, 19);
}

TEST(ThreadPriorityTest, ZeroStepsChangeNothing) {
  const int base = this_thread_nice();
  EXPECT_EQ(lower_in_new_thread(0).first, base);
  EXPECT_EQ(lower_in_new_thread(-5).first, base);
}
#else
TEST(ThreadPriorityTest, LowersOnlyTheCallingThread) {
  GTEST_SKIP() << "thread nice values are Linux-only";
}
#endif

}  // namespace
}  // namespace lagebild::core
