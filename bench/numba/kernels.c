/* The chapter kernels in C, for the baseline: gcc -O3 -march=native -ffp-contract=off. */
#include <complex.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

static double sum_squares(const double *a, int64_t n) { double s = 0.0; for (int64_t i = 0; i < n; i++) s += a[i] * a[i]; return s; }

static int pixel(double cr, double ci, int max_iter) {
  double zr = 0, zi = 0;
  for (int i = 0; i < max_iter; i++) {
    double nr = zr * zr - zi * zi + cr, ni = zr * zi + zi * zr + ci;
    zr = nr; zi = ni;
    if (hypot(zr, zi) > 2.0) return i;
  }
  return max_iter;
}

static void mandel(int32_t *out, int w, int h, int it) {
  double dx = 3.0 / w, dy = 2.0 / h;
  for (int j = 0; j < h; j++) for (int i = 0; i < w; i++) out[j * w + i] = pixel(-2.0 + i * dx, -1.0 + j * dy, it);
}

static void expr(const double *x, double *o, int64_t n) {
  for (int64_t i = 0; i < n; i++) o[i] = sqrt(x[i] * x[i] + sin(x[i]) * exp(-x[i]));
}

int main(int argc, char **argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 10000000;
  const char *only = argc > 2 ? argv[2] : ""; /* run only kernels whose name contains it */
  double *a = malloc(8 * n), *o = malloc(8 * n);
  for (int64_t i = 0; i < n; i++) a[i] = i * 1e-7;
  int32_t *img = malloc(4 * 1000 * 1000);
  double best, t, r = 0;
#define B(name, stmt) if (strstr(name, only)) { best = 1e9; for (int k = 0; k < 5; k++) { t = now(); stmt; t = now() - t; if (t < best) best = t; } \
  printf("%s warm_ms=%.2f result=%.17g\n", name, best * 1e3, r); }
  B("sum_squares", r = sum_squares(a, n))
  B("mandelbrot_serial", { mandel(img, 1000, 1000, 256); long s = 0; for (int i = 0; i < 1000000; i++) s += img[i]; r = s; })
  B("numba_expr", { expr(a, o, n); r = o[n / 2]; })
  return 0;
}
