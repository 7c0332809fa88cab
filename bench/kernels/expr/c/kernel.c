/* expr in C: the fused loop. */
#include "../../_common/bench.h"

static double *x, *out;

static void setup(void) {
  x = bench_alloc((size_t)bench_n * sizeof *x);
  out = bench_alloc((size_t)bench_n * sizeof *out);
  for (long i = 0; i < bench_n; i++) x[i] = bench_gen(i, 7919, 10007) * 4.0;
}

static double kernel(void) {
  for (long i = 0; i < bench_n; i++) out[i] = sqrt(x[i] * x[i] + sin(x[i]) * exp(-x[i]));
  double s = 0.0;
  for (long i = 0; i < bench_n; i++) s += out[i];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
