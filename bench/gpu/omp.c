/* bench/gpu/omp.c — the same loops as kernels.py in OpenMP C (the CPU baseline).
** cc -O3 -march=native -fopenmp omp.c -o omp && ./omp [N] */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

static double best(void (*f)(long, float *, float *, float *), long n, float *x, float *y, float *o) {
  f(n, x, y, o);
  double b = 1e30;
  for (int r = 0; r < 10; r++) {
    double t0 = omp_get_wtime();
    f(n, x, y, o);
    double t = omp_get_wtime() - t0;
    if (t < b) b = t;
  }
  return b;
}

static void add(long n, float *x, float *y, float *o) {
#pragma omp parallel for simd schedule(static)
  for (long i = 0; i < n; i++) o[i] = x[i] + y[i];
}

static void saxpy(long n, float *x, float *y, float *o) {
#pragma omp parallel for simd schedule(static)
  for (long i = 0; i < n; i++) o[i] = 2.0f * x[i] + y[i];
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  float *x = aligned_alloc(64, (size_t)n * 4 + 64), *y = aligned_alloc(64, (size_t)n * 4 + 64), *o = aligned_alloc(64, (size_t)n * 4 + 64);
#pragma omp parallel for
  for (long i = 0; i < n; i++) x[i] = (float)i / (float)n, y[i] = 1.0f, o[i] = 0;
  double nbytes = 12.0 * (double)n;
  double t = best(add, n, x, y, o);
  printf("omp vector_add n=%ld  %.3f ms  %.1f GB/s  (%d threads)\n", n, t * 1e3, nbytes / t / 1e9, omp_get_max_threads());
  t = best(saxpy, n, x, y, o);
  printf("omp saxpy      n=%ld  %.3f ms  %.1f GB/s\n", n, t * 1e3, nbytes / t / 1e9);
  free(x), free(y), free(o);
  return 0;
}
