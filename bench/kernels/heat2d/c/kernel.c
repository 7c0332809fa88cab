/* heat2d in C. */
#include "../../_common/bench.h"

static double *u0, *ua, *ub;

static void setup(void) {
  size_t nn = (size_t)bench_n * (size_t)bench_n;
  u0 = bench_alloc(nn * sizeof *u0);
  ua = bench_alloc(nn * sizeof *ua);
  ub = bench_alloc(nn * sizeof *ub);
  for (size_t k = 0; k < nn; k++) u0[k] = bench_gen((long)k, 7919, 10007);
}

static double kernel(void) {
  long n = bench_n;
  size_t nn = (size_t)n * (size_t)n;
  memcpy(ua, u0, nn * sizeof *ua);
  memcpy(ub, u0, nn * sizeof *ub);
  double *u = ua, *un = ub;
  for (int s = 0; s < 20; s++) {
    for (long i = 1; i < n - 1; i++)
      for (long j = 1; j < n - 1; j++) {
        long k = i * n + j;
        un[k] = u[k] + 0.1 * (u[k - n] + u[k + n] + u[k - 1] + u[k + 1] - 4.0 * u[k]);
      }
    double *t = u;
    u = un, un = t;
  }
  double sum = 0.0;
  for (size_t k = 0; k < nn; k++) sum += u[k];
  return sum;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
