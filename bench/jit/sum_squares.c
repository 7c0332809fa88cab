/* sum_squares.py in C: gcc -O3 -march=native -ffp-contract=off. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  double *xs = malloc((size_t)n * sizeof *xs);
  for (long i = 0; i < n; i++) xs[i] = (double)i * 0.001;
  double t0 = now(), t = 0.0;
  for (long i = 0; i < n; i++) t += xs[i] * xs[i];
  double t1 = now();
  printf("%.17g\nkernel_s %.6f\n", t, t1 - t0);
  free(xs);
  return 0;
}
