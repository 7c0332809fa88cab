/* mandelbrot in C: Python's complex arithmetic spelled out, abs = hypot. Rows in an OpenMP loop with -fopenmp. */
#include "../../_common/bench.h"

static int *result;

static void setup(void) { result = bench_alloc((size_t)bench_n * (size_t)bench_n * sizeof *result); }

static int pixel(double cr, double ci, int max_iter) {
  double zr = 0.0, zi = 0.0;
  for (int i = 0; i < max_iter; i++) {
    double nr = zr * zr - zi * zi + cr;
    double ni = zr * zi + zi * zr + ci;
    zr = nr, zi = ni;
    if (hypot(zr, zi) > 2.0) return i;
  }
  return max_iter;
}

static double kernel(void) {
  const double xmin = -2.0, xmax = 1.0, ymin = -1.5, ymax = 1.5;
  const long w = bench_n, h = bench_n;
  const double dx = (xmax - xmin) / (double)w, dy = (ymax - ymin) / (double)h;
  BENCH_OMP("omp parallel for schedule(dynamic)")
  for (long j = 0; j < h; j++)
    for (long i = 0; i < w; i++) result[j * w + i] = pixel(xmin + (double)i * dx, ymin + (double)j * dy, 256);
  long total = 0;
  for (long k = 0; k < w * h; k++) total += result[k];
  return (double)total;
}

int main(int argc, char **argv) { return bench_main(argc, argv, setup, kernel); }
