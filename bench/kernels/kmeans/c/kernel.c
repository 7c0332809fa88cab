/* k-means in C. */
#include "../../_common/bench.h"

#define K 8

static double *px, *py;
static int *lab;

static void setup(void) {
  px = bench_alloc((size_t)bench_n * sizeof *px);
  py = bench_alloc((size_t)bench_n * sizeof *py);
  lab = bench_alloc((size_t)bench_n * sizeof *lab);
  for (long i = 0; i < bench_n; i++) px[i] = bench_gen(i, 7919, 10007), py[i] = bench_gen(i, 104729, 10009);
}

static double kernel(void) {
  double cx[K], cy[K], sx[K], sy[K], cnt[K];
  for (int c = 0; c < K; c++) cx[c] = px[c], cy[c] = py[c];
  for (int it = 0; it < 10; it++) {
    for (long p = 0; p < bench_n; p++) {
      int best = 0;
      double bd = 1e300;
      for (int c = 0; c < K; c++) {
        double dx = px[p] - cx[c], dy = py[p] - cy[c];
        double d = dx * dx + dy * dy;
        if (d < bd) bd = d, best = c;
      }
      lab[p] = best;
    }
    for (int c = 0; c < K; c++) sx[c] = sy[c] = cnt[c] = 0.0;
    for (long p = 0; p < bench_n; p++) sx[lab[p]] += px[p], sy[lab[p]] += py[p], cnt[lab[p]] += 1.0;
    for (int c = 0; c < K; c++)
      if (cnt[c] > 0.0) cx[c] = sx[c] / cnt[c], cy[c] = sy[c] / cnt[c];
  }
  double s = 0.0;
  for (int c = 0; c < K; c++) s += cx[c] + cy[c];
  return s;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
