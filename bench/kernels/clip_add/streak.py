# clip_add without the decorator: the scalar function applied in a loop over NumPy arrays
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


def clip_add(x, y):
    result = x + y
    if result > 1.0:
        return 1.0
    elif result < -1.0:
        return -1.0
    return result


def apply(x, y):
    out = np.empty_like(x)
    for i in range(len(x)):
        out[i] = clip_add(x[i], y[i])
    return out


x = (np.arange(N) * 7919 % 10007) / 10007.0 * 2.0 - 0.5
y = (np.arange(N) * 104729 % 10009) / 10009.0 * 2.0 - 1.0
r = bench(apply, x, y)
print("checksum=" + repr(float(r.sum())))
