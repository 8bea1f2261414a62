#include "core/thread_priority.h"

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace lagebild::core {

#ifdef __linux__
namespace {
id_t this_thread_id() {
  return static_cast<id_t>(syscall(SYS_gettid));
}
}  // namespace

int this_thread_nice() {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, this_thread_id());
  return errno == 0 ? nice : 0;
}

int lower_this_thread_priority(int steps) {
  if (steps <= 0) return this_thread_nice();
  const int target = std::min(19, this_thread_nice() + steps);
  // Best effort: a thread may always lower its own priority, so this fails only where the system
  // forbids it (a seccomp filter, say); the work then runs at the priority it had.
  setpriority(PRIO_PROCESS, this_thread_id(), target);
  return this_thread_nice();
}
#else
int this_thread_nice() {
  return 0;
}

int lower_this_thread_priority(int) {
  return 0;
}
#endif

}  // namespace lagebild::core
