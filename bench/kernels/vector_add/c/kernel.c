/* vector_add in C. */
#include "../../_common/bench.h"

static double *a, *b, *out;

static void setup(void) {
  a = bench_alloc((size_t)bench_n * sizeof *a);
  b = bench_alloc((size_t)bench_n * sizeof *b);
  out = bench_alloc((size_t)bench_n * sizeof *out);
  for (long i = 0; i < bench_n; i++) {
    a[i] = bench_gen(i, 7919, 10007);
    b[i] = bench_gen(i, 104729, 10009);
  }
}

static double kernel(void) {
  for (long i = 0; i < bench_n; i++) out[i] = a[i] + b[i];
  double s = 0.0;
  for (long i = 0; i < bench_n; i++) s += out[i];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
