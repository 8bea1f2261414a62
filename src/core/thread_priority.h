// Lowers the scheduling priority of the calling thread only.
//
// A pipeline whose last stage is serial (the store writer of `ingest`) runs no faster than that
// stage, and on a machine with as many busy workers as cores the scheduler gives the serial
// thread only its fair share of a core. Workers that run at a lower priority leave the serial
// thread a whole core whenever it can run, and take the rest; other programs on the machine go
// before them too.
#ifndef LAGEBILD_CORE_THREAD_PRIORITY_H_
#define LAGEBILD_CORE_THREAD_PRIORITY_H_

namespace lagebild::core {

// Raises the calling thread's nice value by `steps` (up to 19). Linux only, where a nice value
// belongs to a thread; elsewhere, and when `steps` <= 0, it does nothing. Returns the thread's
// nice value afterwards, or 0 where it did nothing.
int lower_this_thread_priority(int steps);

// The calling thread's nice value (0 where threads have none of their own).
int this_thread_nice();

}  // namespace lagebild::core

#endif  // LAGEBILD_CORE_THREAD_PRIORITY_H_
