# mandelbrot, the chapter's code without the decorators (serial), NumPy result array
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
BUDGET = float(sys.argv[2]) if len(sys.argv) > 2 else 0.2
EAGER_COMPILE_S = 0.0  # set by code compiled eagerly (signatures): charged to the first call


def bench(fn, *args):
    # The protocol (bench/harness/bh.h): a first call, then warm calls for
    # BUDGET seconds (at least one); prints the first and best warm times.
    t0 = time.perf_counter()
    r = fn(*args)
    first = time.perf_counter() - t0 + EAGER_COMPILE_S
    best = 1e300
    total = 0.0
    reps = 0
    while reps < 1 or (total < BUDGET and reps < 1000):
        t0 = time.perf_counter()
        r = fn(*args)
        dt = time.perf_counter() - t0
        if dt < best:
            best = dt
        total += dt
        reps += 1
    print("first_s=%.9f" % first)
    print("time_s=%.9f" % best)
    print("reps=%d" % reps)
    return r

import numpy as np


def mandelbrot_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


def mandelbrot_set(xmin, xmax, ymin, ymax, width, height, max_iter):
    result = np.empty((height, width), dtype=np.int32)
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    for j in range(height):
        for i in range(width):
            c = complex(xmin + i*dx, ymin + j*dy)
            result[j, i] = mandelbrot_pixel(c, max_iter)
    return result


r = bench(mandelbrot_set, -2.0, 1.0, -1.5, 1.5, N, N, 256)
print("checksum=" + repr(int(r.sum())))
