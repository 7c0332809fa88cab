/*
** mod_time.c — the `time` module: wall clock, monotonic and CPU clocks,
** sleep. Float results are seconds; *_ns variants are exact ints.
*/
#include <errno.h>
#include <math.h>
#include <time.h>

#include "builtins.h"
#include "error.h"
#include "object.h"
#include "vm.h"

static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define TIME_CLOCKS(X)                                                        \
  X(time, CLOCK_REALTIME)                                                     \
  X(perf_counter, CLOCK_MONOTONIC)                                            \
  X(monotonic, CLOCK_MONOTONIC)                                               \
  X(process_time, CLOCK_PROCESS_CPUTIME_ID)                                   \
  X(thread_time, CLOCK_THREAD_CPUTIME_ID)

#define X(name, id)                                                           \
  static Value t_##name(VM *vm, Value self, const Args *a) {                  \
    (void)self;                                                               \
    args_count(vm, a, #name, 0, 0);                                           \
    return v_float(clock_s(id));                                              \
  }                                                                           \
  static Value t_##name##_ns(VM *vm, Value self, const Args *a) {             \
    (void)self;                                                               \
    args_count(vm, a, #name "_ns", 0, 0);                                     \
    return v_int(clock_ns(id));                                               \
  }
TIME_CLOCKS(X)
#undef X

/* sleep(secs): interruptible, so a KeyboardInterrupt request is honoured. */
static Value t_sleep(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "sleep", 1, 1);
  double s = v_to_double(vm, a->argv[0]);
  if (isnan(s)) vm_raise(vm, &EXC_ValueError, "Invalid value NaN (not a number)");
  if (s < 0) vm_raise(vm, &EXC_ValueError, "sleep length must be non-negative");
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)(s * 1e9);
  for (;;) {
    vm_check_interrupt(vm);
    int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
    if (left <= 0) break;
    if (left > 50000000) left = 50000000; /* wake every 50 ms to check */
    struct timespec ts = {left / 1000000000, left % 1000000000};
    nanosleep(&ts, NULL);
  }
  return v_none();
}

Module *mod_time_init(VM *vm) {
  Module *m = module_new(vm, "time");
#define X(name, id)                                                           \
  module_add_func(vm, m, #name, t_##name);                                    \
  module_add_func(vm, m, #name "_ns", t_##name##_ns);
  TIME_CLOCKS(X)
#undef X
  module_add_func(vm, m, "sleep", t_sleep);
  return m;
}
