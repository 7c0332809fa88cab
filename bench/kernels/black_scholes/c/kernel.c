/* Black-Scholes in C. */
#include "../../_common/bench.h"

static double *S, *X, *T, *out;

static void setup(void) {
  S = bench_alloc((size_t)bench_n * sizeof *S);
  X = bench_alloc((size_t)bench_n * sizeof *X);
  T = bench_alloc((size_t)bench_n * sizeof *T);
  out = bench_alloc((size_t)bench_n * sizeof *out);
  for (long i = 0; i < bench_n; i++) {
    S[i] = 50.0 + 100.0 * bench_gen(i, 7919, 10007);
    X[i] = 50.0 + 100.0 * bench_gen(i, 104729, 10009);
    T[i] = 0.1 + 2.0 * bench_gen(i, 6007, 10037);
  }
}

static inline double cnd(double d) {
  const double A1 = 0.31938153, A2 = -0.356563782, A3 = 1.781477937, A4 = -1.821255978,
               A5 = 1.330274429, RSQRT2PI = 0.39894228040143267793994605993438;
  double K = 1.0 / (1.0 + 0.2316419 * fabs(d));
  double ret = RSQRT2PI * exp(-0.5 * d * d) * (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5)))));
  return d > 0 ? 1.0 - ret : ret;
}

static double kernel(void) {
  const double R = 0.02, V = 0.3;
  for (long i = 0; i < bench_n; i++) {
    double sqrtT = sqrt(T[i]);
    double d1 = (log(S[i] / X[i]) + (R + 0.5 * V * V) * T[i]) / (V * sqrtT);
    double d2 = d1 - V * sqrtT;
    out[i] = S[i] * cnd(d1) - X[i] * exp(-R * T[i]) * cnd(d2);
  }
  double s = 0.0;
  for (long i = 0; i < bench_n; i++) s += out[i];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
