/* mc_pi in C, with a splitmix64 generator (53-bit doubles in [0, 1)). */
#include "../../_common/bench.h"

static uint64_t state = 42;

static double rnd(void) {
  uint64_t z = (state += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  z ^= z >> 31;
  return (double)(z >> 11) * 0x1.0p-53;
}

static void setup(void) {}

static double kernel(void) {
  long inside = 0;
  for (long i = 0; i < bench_n; i++) {
    double x = rnd(), y = rnd();
    if (x * x + y * y <= 1.0) inside++;
  }
  return 4.0 * (double)inside / (double)bench_n;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
