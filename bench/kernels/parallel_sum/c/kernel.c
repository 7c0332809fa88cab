/* parallel_sum in C: an OpenMP reduction with -fopenmp, serial without. */
#include "../../_common/bench.h"

static double *x;

static void setup(void) {
  x = bench_alloc((size_t)bench_n * sizeof *x);
  for (long i = 0; i < bench_n; i++) x[i] = bench_gen(i, 7919, 10007);
}

static double kernel(void) {
  double total = 0.0;
  BENCH_OMP("omp parallel for reduction(+ : total) schedule(static)")
  for (long i = 0; i < bench_n; i++) total += x[i] * x[i];
  return total;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
