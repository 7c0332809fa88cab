/* spectral-norm in C. */
#include "../../_common/bench.h"

static double *u, *v, *tmp;

static void setup(void) {
  u = bench_alloc((size_t)bench_n * sizeof *u);
  v = bench_alloc((size_t)bench_n * sizeof *v);
  tmp = bench_alloc((size_t)bench_n * sizeof *tmp);
}

static inline double eval_A(long i, long j) { return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1); }

static void mult_Av(const double *in, double *out, long n) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) s += eval_A(i, j) * in[j];
    out[i] = s;
  }
}

static void mult_Atv(const double *in, double *out, long n) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) s += eval_A(j, i) * in[j];
    out[i] = s;
  }
}

static double kernel(void) {
  long n = bench_n;
  for (long i = 0; i < n; i++) u[i] = 1.0, v[i] = 0.0;
  for (int k = 0; k < 10; k++) {
    mult_Av(u, tmp, n);
    mult_Atv(tmp, v, n);
    mult_Av(v, tmp, n);
    mult_Atv(tmp, u, n);
  }
  double vBv = 0.0, vv = 0.0;
  for (long i = 0; i < n; i++) vBv += u[i] * v[i], vv += v[i] * v[i];
  return sqrt(vBv / vv);
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
