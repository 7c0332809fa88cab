# Chapter kernels, timed warm (best of REPS) after one warm-up call.
# Runs unchanged under streak and under /usr/bin/python3 (Numba).
import sys
import time
import numba
import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
ONLY = sys.argv[2] if len(sys.argv) > 2 else ""  # run only kernels whose name contains it
REPS = 5


@numba.njit
def sum_squares(arr):
    total = 0.0
    for i in range(len(arr)):
        total += arr[i] ** 2
    return total


@numba.njit('float64(float64[:])')
def norm_squared(x):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * x[i]
    return s


@numba.njit
def mc_pi_numba(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x*x + y*y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@numba.njit
def mandelbrot_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


@numba.njit
def mandelbrot_serial(xmin, xmax, ymin, ymax, width, height, max_iter):
    result = np.empty((height, width), dtype=np.int32)
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    for j in range(height):
        for i in range(width):
            c = complex(xmin + i*dx, ymin + j*dy)
            result[j, i] = mandelbrot_pixel(c, max_iter)
    return result


@numba.njit
def numba_expr(x):
    out = np.empty_like(x)
    for i in range(len(x)):
        out[i] = np.sqrt(x[i]**2 + np.sin(x[i]) * np.exp(-x[i]))
    return out


@numba.njit(parallel=True)
def parallel_sum(arr):
    total = 0.0
    for i in numba.prange(len(arr)):
        total += arr[i] ** 2
    return total


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


@numba.vectorize(['float64(float64, float64)'])
def clip_add(x, y):
    result = x + y
    if result > 1.0:
        return 1.0
    elif result < -1.0:
        return -1.0
    return result


@numba.vectorize(['float64(float64, float64)'], target='parallel')
def clip_add_par(x, y):
    result = x + y
    if result > 1.0:
        return 1.0
    elif result < -1.0:
        return -1.0
    return result


@numba.njit
def hypot_expr(x, y):
    return np.sqrt(x * x + y * y)


@numba.njit(parallel=True)
def hypot_expr_par(x, y):
    return np.sqrt(x * x + y * y)


def bench(name, f, *args):
    if ONLY not in name:
        return
    t0 = time.perf_counter()
    r = f(*args)
    first = time.perf_counter() - t0
    if hasattr(f, "_streak_wait_tier"):
        f._streak_wait_tier()
        if name.startswith("mandelbrot"):
            mandelbrot_pixel._streak_wait_tier()
    best = 1e9
    for _ in range(REPS):
        t0 = time.perf_counter()
        r = f(*args)
        best = min(best, time.perf_counter() - t0)
    if isinstance(r, np.ndarray):
        r = r.sum()
    print(f"{name} first_ms={first*1e3:.1f} warm_ms={best*1e3:.2f} result={r!r}")


a = np.arange(N, dtype=np.float64) * 1e-7
bench("sum_squares", sum_squares, a)
bench("norm_squared", norm_squared, a)
np.random.seed(1)
bench("mc_pi_numba", mc_pi_numba, N)
bench("mandelbrot_serial", mandelbrot_serial, -2.0, 1.0, -1.0, 1.0, 1000, 1000, 256)
bench("numba_expr", numba_expr, a)
bench("parallel_sum", parallel_sum, a)
bench("mandelbrot_set", mandelbrot_set, -2.0, 1.0, -1.0, 1.0, 1000, 1000, 256)
b = np.linspace(1.0, -1.0, N)
bench("clip_add", clip_add, a, b)
bench("clip_add_par", clip_add_par, a, b)
bench("hypot_expr", hypot_expr, a, b)
bench("hypot_expr_par", hypot_expr_par, a, b)
print("threads", numba.get_num_threads())
