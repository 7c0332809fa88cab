/* bench/gpu/omp.c — the same loops as kernels.py in OpenMP C (the CPU baseline).
** cc -O3 -march=native -fopenmp omp.c -o omp && ./omp [N [MANDEL_SIZE]] */
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

/* bench/gpu/mandel.py's loop: one pixel, the complex iteration in reals */
static int pixel(double cr, double ci, int max_iter) {
  double zr = 0, zi = 0;
  for (int i = 0; i < max_iter; i++) {
    double t = zr * zr - zi * zi + cr;
    zi = 2.0 * zr * zi + ci;
    zr = t;
    if (zr * zr + zi * zi > 4.0) return i;
  }
  return max_iter;
}

static void mandel(int size, int max_iter) {
  int *out = malloc((size_t)size * size * sizeof *out);
  double dx = 3.0 / size, best_t = 1e30;
  long sum = 0;
  for (int r = 0; r < 3; r++) {
    double t0 = omp_get_wtime();
#pragma omp parallel for schedule(dynamic)
    for (int j = 0; j < size; j++)
      for (int i = 0; i < size; i++) out[(long)j * size + i] = pixel(-2.0 + i * dx, -1.5 + j * dx, max_iter);
    double t = omp_get_wtime() - t0;
    if (t < best_t) best_t = t;
  }
  for (long k = 0; k < (long)size * size; k++) sum += out[k];
  printf("omp mandelbrot %dx%d, %d iterations: %.3f ms (checksum %ld)\n", size, size, max_iter, best_t * 1e3, sum);
  free(out);
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
  if (argc > 2) mandel(atoi(argv[2]), 256);
  return 0;
}
