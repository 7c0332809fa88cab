/*
** embed_demo.c — a tour of the embedding API (include/streak.h).
**
** Opens two independent VMs, defines a function in one, passes globals in,
** calls the function, reads results back, shows an error's traceback as
** data, a SystemExit that does not exit, a memory cap raising MemoryError,
** an interrupt from a second thread stopping `while True: pass`, and a
** C buffer used as a NumPy array by @njit code without a copy.
** Exits 0 when every step behaved as expected, 1 otherwise.
**
**     cc -o embed_demo embed_demo.c $(pkg-config --cflags --libs streak) -pthread
*/
#define _POSIX_C_SOURCE 200809L /* nanosleep */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "streak.h"

static int failures;

static void check(int ok, const char *what) {
  printf("  [%s] %s\n", ok ? "ok" : "FAILED", what);
  if (!ok) failures++;
}

/* Prints the VM's last error, if any. */
static void show_error(streak_vm *vm) {
  const streak_error *e = streak_last_error(vm);
  if (!e) return;
  printf("  error type=%s file=%s line=%d\n", e->type, e->file ? e->file : "?", e->line);
  printf("  --- traceback ---\n%s  -----------------\n", e->traceback);
}

static const char *SCRIPT =
    "def poly(x, n):\n"
    "    total = 0.0\n"
    "    for k in range(n):\n"
    "        total += scale * x ** k\n"
    "    return total\n"
    "\n"
    "def greet(who):\n"
    "    return f'{label}: hello, {who}!'\n"
    "\n"
    "def ratio(a, b):\n"
    "    return a / b\n"
    "\n"
    "count = 0\n"
    "for i in range(1000):\n"
    "    if i % 7 == 0:\n"
    "        count += 1\n";

static void demo_basics(streak_vm *vm, streak_vm *other) {
  puts("1. run a script, set globals, call functions, read results");
  check(streak_run_string(vm, SCRIPT, "demo.py") == STREAK_OK, "script ran");
  show_error(vm);

  streak_set_float(vm, "scale", 2.5);
  streak_set_str(vm, "label", "streak");

  streak_value args[2] = {streak_float(2.0), streak_int(4)}, res;
  streak_status st = streak_call(vm, "poly", 2, args, &res);
  printf("  poly(2.0, 4) = %g\n", res.as.f);
  check(st == STREAK_OK && res.type == STREAK_TFLOAT && res.as.f == 37.5, "poly(2.0, 4) == 37.5");

  streak_value who = streak_str("embedder");
  st = streak_call(vm, "greet", 1, &who, &res);
  printf("  greet('embedder') = %s\n", st == STREAK_OK ? res.as.s.ptr : "?");
  check(st == STREAK_OK && res.type == STREAK_TSTR &&
            strcmp(res.as.s.ptr, "streak: hello, embedder!") == 0,
        "greet() returned the expected string");

  int64_t count = 0;
  st = streak_get_int(vm, "count", &count);
  printf("  count = %lld\n", (long long)count);
  check(st == STREAK_OK && count == 143, "global count == 143");

  const char *text = NULL;
  check(streak_get_str(vm, "count", &text, NULL) == STREAK_TYPE, "count is not a str (STREAK_TYPE)");
  printf("  %s\n", streak_last_error(vm)->message);

  /* The second VM shares nothing with the first. */
  streak_set_int(other, "count", -1);
  check(streak_get_int(other, "count", &count) == STREAK_OK && count == -1,
        "second VM has its own globals");
  check(streak_call(other, "poly", 2, args, &res) == STREAK_NOTFOUND,
        "poly is not defined in the second VM (STREAK_NOTFOUND)");
  check(streak_get_int(vm, "count", &count) == STREAK_OK && count == 143,
        "first VM unchanged");
}

static void demo_errors(streak_vm *vm) {
  puts("2. errors are data");
  streak_value args[2] = {streak_int(1), streak_int(0)};
  streak_status st = streak_call(vm, "ratio", 2, args, NULL);
  const streak_error *e = streak_last_error(vm);
  check(st == STREAK_ERROR && e && strcmp(e->message, "ZeroDivisionError: division by zero") == 0,
        "ratio(1, 0) raised ZeroDivisionError");
  show_error(vm);
  check(e && e->file && strcmp(e->file, "demo.py") == 0 && e->line == 11,
        "error points at demo.py line 11");

  st = streak_run_string(vm, "x = (1 +\n", "bad.py");
  e = streak_last_error(vm);
  check(st == STREAK_ERROR && e && strcmp(e->type, "SyntaxError") == 0, "syntax error reported");
  show_error(vm);

  st = streak_run_string(vm, "import sys\nsys.exit(3)\n", "quit.py");
  e = streak_last_error(vm);
  check(st == STREAK_EXIT && e && e->exit_code == 3, "sys.exit(3) -> STREAK_EXIT, code 3, process alive");
}

static void demo_memory(streak_vm *vm) {
  puts("3. a memory cap turns into MemoryError");
  streak_set_memory_limit(vm, (size_t)16 << 20);
  streak_status st = streak_run_string(vm,
                                       "hog = []\n"
                                       "for i in range(1000000):\n"
                                       "    hog.append([i] * 100)\n",
                                       "hog.py");
  const streak_error *e = streak_last_error(vm);
  printf("  status=%s %s\n", streak_status_name(st), e ? e->message : "");
  check(st == STREAK_ERROR && e && strcmp(e->type, "MemoryError") == 0, "MemoryError under a 16 MiB cap");
  streak_set_memory_limit(vm, 0);
  st = streak_run_string(vm, "hog = None\nok = sum(range(10))\n", "after.py");
  int64_t ok = 0;
  check(st == STREAK_OK && streak_get_int(vm, "ok", &ok) == STREAK_OK && ok == 45,
        "the VM is usable after MemoryError");
}

typedef struct Interrupter {
  streak_vm *vm;
  atomic_int done;
} Interrupter;

/* Keeps asking until the run stops: robust however the threads are timed. */
static void *interrupter(void *arg) {
  Interrupter *it = arg;
  struct timespec pause = {0, 100 * 1000 * 1000};
  while (!atomic_load(&it->done)) {
    nanosleep(&pause, NULL);
    streak_interrupt(it->vm);
  }
  return NULL;
}

static void demo_interrupt(streak_vm *vm) {
  puts("4. another thread interrupts `while True: pass`");
  Interrupter it = {vm, 0};
  pthread_t th;
  if (pthread_create(&th, NULL, interrupter, &it) != 0) {
    check(0, "pthread_create");
    return;
  }
  streak_status st = streak_run_string(vm, "n = 0\nwhile True:\n    n += 1\n", "spin.py");
  atomic_store(&it.done, 1);
  pthread_join(th, NULL);
  const streak_error *e = streak_last_error(vm);
  printf("  status=%s %s\n", streak_status_name(st), e ? e->message : "");
  check(st == STREAK_ERROR && e && strcmp(e->type, "KeyboardInterrupt") == 0,
        "the loop stopped with KeyboardInterrupt");
  int64_t n = 0;
  check(streak_get_int(vm, "n", &n) == STREAK_OK && n > 0, "the loop had run");
  printf("  the loop ran %lld iterations\n", (long long)n);
}

static int freed_buffers;
static void buffer_done(void *buf) {
  free(buf);
  freed_buffers++;
}

static void demo_arrays(streak_vm *vm) {
  puts("5. NumPy arrays over C memory, no copies");
  enum { N = 1000 };
  double *x = malloc(N * sizeof *x);
  if (!x) {
    check(0, "malloc");
    return;
  }
  for (int i = 0; i < N; i++) x[i] = i * 0.001;
  int64_t shape[1] = {N};
  streak_array a = {x, STREAK_FLOAT64, 1, shape, NULL, 1};
  /* the VM frees x through buffer_done once nothing uses it */
  streak_status st = streak_set_array(vm, "x", &a, buffer_done, x);
  check(st == STREAK_OK, "x wraps a malloc'd C buffer");
  st = streak_run_string(vm,
                         "import numpy as np\n"
                         "from numba import njit\n"
                         "@njit\n"
                         "def smooth(v):\n"
                         "    for i in range(len(v) - 1, 0, -1):\n"
                         "        v[i] = 0.5 * (v[i] + v[i - 1])\n"
                         "    return v.sum()\n"
                         "total = smooth(x)\n"
                         "y = np.sqrt(x[::100])\n",
                         "arrays.py");
  show_error(vm);
  check(st == STREAK_OK && x[N - 1] == 0.5 * (0.999 + 0.998), "@njit code wrote into the C buffer");
  streak_array y;
  st = streak_get_array(vm, "y", &y);
  show_error(vm);
  if (st == STREAK_OK)
    printf("  y: %d-d, %lld float64 values, y[1] = %g\n", y.ndim, (long long)y.shape[0], ((const double *)y.data)[1]);
  check(st == STREAK_OK && y.dtype == STREAK_FLOAT64 && y.ndim == 1 && y.shape[0] == 10, "y read in place");
  st = streak_run_string(vm, "x = None\nfor i in range(300000):\n    s = str(i)\n", "drop.py");
  st = streak_run_string(vm, "pass\n", "later.py");
  check(st == STREAK_OK && freed_buffers == 1, "x's buffer handed back once nothing used it");
}

int main(void) {
  printf("streak %s (header %s)\n", streak_version(), STREAK_VERSION_STRING);
  streak_vm *vm = streak_open(), *other = streak_open();
  if (!vm || !other) {
    fputs("streak_open failed\n", stderr);
    return 1;
  }
  demo_basics(vm, other);
  demo_errors(vm);
  demo_memory(other);
  demo_interrupt(vm);
  demo_arrays(vm);
  streak_close(other);
  streak_close(vm);
  printf("%s: %d failure(s)\n", failures ? "FAILED" : "ok", failures);
  return failures ? 1 : 0;
}
