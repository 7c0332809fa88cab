# mc_pi_numba without the decorator: np.random.random() per sample
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


def mc_pi_numba(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x*x + y*y <= 1.0:
            inside += 1
    return 4.0 * inside / n


np.random.seed(42)
r = bench(mc_pi_numba, N)
print("checksum=" + repr(r))
