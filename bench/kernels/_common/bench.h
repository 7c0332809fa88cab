/*
** bench.h — shared by every bench/kernels/NAME/c/kernel.c: the input
** generator, the timing protocol and the OpenMP pragma macro.
**
**   ./kernel N BUDGET_S
** calls kernel() once (first call), then again until BUDGET_S seconds of
** warm calls have run (at least once), and prints first_s=, time_s=, reps=
** and checksum= (see bench/harness/bh.h). Built by bench/harness/run.sh
** with -std=c17 -O3 -march=native -ffp-contract=off (+ -ffast-math for the
** fastmath rows, + -fopenmp for the parallel rows).
*/
#ifndef BENCH_H
#define BENCH_H
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef _OPENMP
#define BENCH_OMP(x) _Pragma(x)
#else
#define BENCH_OMP(x)
#endif

/* The problem size (argv[1]); the kernel file reads it in setup(). */
static long bench_n;

static inline double bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The inputs of every implementation: ((i * mul) % mod) / mod, exact in
** every language (integer arithmetic below 2^53, then one division). */
static inline double bench_gen(long i, long mul, long mod) {
  return (double)((i * mul) % mod) / (double)mod;
}

static inline void *bench_alloc(size_t n) {
  void *p = calloc(n ? n : 1, 1);
  if (!p) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  return p;
}

/* Runs the protocol; the kernel goes through a volatile pointer so that the
** compiler cannot merge or hoist the repeated calls. */
static int bench_main(int argc, char **argv, void (*setup)(void), double (*kernel)(void)) {
  bench_n = argc > 1 ? atol(argv[1]) : 1000;
  double budget = argc > 2 ? atof(argv[2]) : 0.2;
  setup();
  double (*volatile fn)(void) = kernel;
  double t0 = bench_now();
  double r = fn();
  double first = bench_now() - t0, best = 1e300, total = 0;
  long reps = 0;
  while (reps < 1 || (total < budget && reps < 1000)) {
    t0 = bench_now();
    r = fn();
    double dt = bench_now() - t0;
    if (dt < best) best = dt;
    total += dt;
    reps++;
  }
  printf("first_s=%.9f\ntime_s=%.9f\nreps=%ld\nchecksum=%.17g\n", first, best, reps, r);
  return 0;
}

#endif
