/* norm_squared in C. */
#include "../../_common/bench.h"

static double *x;

static void setup(void) {
  x = bench_alloc((size_t)bench_n * sizeof *x);
  for (long i = 0; i < bench_n; i++) x[i] = bench_gen(i, 7919, 10007);
}

static double kernel(void) {
  double s = 0.0;
  for (long i = 0; i < bench_n; i++) s += x[i] * x[i];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
