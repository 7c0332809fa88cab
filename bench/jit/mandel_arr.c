/* mandel_arr.py in C: gcc -O3 -march=native -ffp-contract=off. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000;
  int32_t *out = calloc((size_t)(n * n), sizeof *out);
  double xmin = -2.0, ymin = -1.5, dx = 3.0 / n, dy = 3.0 / n;
  double t0 = now();
  for (long j = 0; j < n; j++) {
    double ci = ymin + j * dy;
    for (long i = 0; i < n; i++) {
      double cr = xmin + i * dx, zr = 0.0, zi = 0.0;
      int k = 0;
      while (k < 256) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        k++;
      }
      out[j * n + i] = k;
    }
  }
  double t1 = now();
  long long sum = 0;
  for (long q = 0; q < n * n; q++) sum += out[q];
  printf("checksum %lld\nkernel_s %.6f\n", sum, t1 - t0);
  free(out);
  return 0;
}
