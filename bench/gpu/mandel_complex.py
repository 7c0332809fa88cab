# bench/gpu/mandel_complex.py — the chapter's mandelbrot (complex arithmetic,
# verbatim pixel function) as a @cuda.jit kernel over a 2-D grid, against the
# chapter's parallel @njit mandelbrot_set, same run, same checksum.
# Run: streak bench/gpu/mandel_complex.py [SIZE]
import sys
import time
import numba
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def mandelbrot_pixel_gpu(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


@cuda.jit
def mandelbrot_kernel(xmin, ymin, dx, dy, max_iter, result):
    j, i = cuda.grid(2)
    if j < result.shape[0] and i < result.shape[1]:
        result[j, i] = mandelbrot_pixel_gpu(complex(xmin + i*dx, ymin + j*dy), max_iter)


@numba.njit
def mandelbrot_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


@numba.njit(parallel=True)
def mandelbrot_set(xmin, xmax, ymin, ymax, width, height, max_iter):
    result = np.empty((height, width), dtype=np.int32)
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    for j in numba.prange(height):
        for i in range(width):
            c = complex(xmin + i*dx, ymin + j*dy)
            result[j, i] = mandelbrot_pixel(c, max_iter)
    return result


def best(f, reps):
    f()
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t.append(time.perf_counter() - t0)
    return min(t)


size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
dev = cuda.device_array((size, size), dtype=np.int32)
blocks = ((size + 15) // 16, (size + 15) // 16)


def run_gpu():
    mandelbrot_kernel[blocks, (16, 16)](-2.0, -1.5, 3.0 / size, 3.0 / size, 256, dev)
    cuda.synchronize()


tg = best(run_gpu, 5)
tc = best(lambda: mandelbrot_set(-2.0, 1.0, -1.5, 1.5, size, size, 256), 3)
g = dev.copy_to_host()
c = mandelbrot_set(-2.0, 1.0, -1.5, 1.5, size, size, 256)
print("chapter mandelbrot (complex) %dx%d: kernel %.3f ms, parallel @njit %.3f ms (%d threads), speed-up %.1fx"
      % (size, size, tg * 1e3, tc * 1e3, numba.get_num_threads(), tc / tg))
print("checksums:", int(g.sum()), int(c.sum()), "pixels differing:", int((g != c).sum()))
