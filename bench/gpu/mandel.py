# bench/gpu/mandel.py — the chapter's mandelbrot as a @cuda.jit kernel (one
# thread a pixel) against the same loop as a parallel @njit function, same
# run. Both write the complex iteration out in reals.
# Run: streak bench/gpu/mandel.py [SIZE] [MAX_ITER]
import sys
import time
import numba
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def pixel_gpu(cr, ci, max_iter):
    # complex arithmetic written out in reals (OpenCL C has no complex type)
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr, zi = zr*zr - zi*zi + cr, 2.0*zr*zi + ci
        if zr*zr + zi*zi > 4.0:
            return i
    return max_iter


@cuda.jit
def mandel_kernel(xmin, ymin, dx, dy, max_iter, out):
    j, i = cuda.grid(2)
    if j < out.shape[0] and i < out.shape[1]:
        out[j, i] = pixel_gpu(xmin + i*dx, ymin + j*dy, max_iter)


@numba.njit
def pixel_cpu(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr, zi = zr*zr - zi*zi + cr, 2.0*zr*zi + ci
        if zr*zr + zi*zi > 4.0:
            return i
    return max_iter


@numba.njit(parallel=True)
def mandel_cpu(xmin, ymin, dx, dy, max_iter, out):
    for j in numba.prange(out.shape[0]):
        for i in range(out.shape[1]):
            out[j, i] = pixel_cpu(xmin + i*dx, ymin + j*dy, max_iter)


def best(f, reps):
    f()
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t.append(time.perf_counter() - t0)
    return min(t)


size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
max_iter = int(sys.argv[2]) if len(sys.argv) > 2 else 256
xmin, ymin = -2.0, -1.5
dx = 3.0 / size
dy = 3.0 / size
host = np.zeros((size, size), dtype=np.int32)
dev = cuda.device_array((size, size), dtype=np.int32)
tpb = (16, 16)
blocks = ((size + 15) // 16, (size + 15) // 16)


def run_gpu():
    mandel_kernel[blocks, tpb](xmin, ymin, dx, dy, max_iter, dev)
    cuda.synchronize()


def run_cpu():
    mandel_cpu(xmin, ymin, dx, dy, max_iter, host)


tg = best(run_gpu, 5)
tc = best(run_cpu, 3)
g = dev.copy_to_host()
print("mandelbrot %dx%d, %d iterations: kernel %.3f ms, parallel @njit %.3f ms (%d threads), speed-up %.1fx"
      % (size, size, max_iter, tg * 1e3, tc * 1e3, numba.get_num_threads(), tc / tg))
print("checksums:", int(g.sum()), int(host.sum()), "pixels differing:", int((g != host).sum()))
