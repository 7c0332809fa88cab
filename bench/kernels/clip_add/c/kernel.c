/* clip_add in C. */
#include "../../_common/bench.h"

static double *x, *y, *out;

static void setup(void) {
  x = bench_alloc((size_t)bench_n * sizeof *x);
  y = bench_alloc((size_t)bench_n * sizeof *y);
  out = bench_alloc((size_t)bench_n * sizeof *out);
  for (long i = 0; i < bench_n; i++) {
    x[i] = bench_gen(i, 7919, 10007) * 2.0 - 0.5;
    y[i] = bench_gen(i, 104729, 10009) * 2.0 - 1.0;
  }
}

static inline double clip_add(double a, double b) {
  double r = a + b;
  if (r > 1.0) return 1.0;
  if (r < -1.0) return -1.0;
  return r;
}

static double kernel(void) {
  for (long i = 0; i < bench_n; i++) out[i] = clip_add(x[i], y[i]);
  double s = 0.0;
  for (long i = 0; i < bench_n; i++) s += out[i];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
