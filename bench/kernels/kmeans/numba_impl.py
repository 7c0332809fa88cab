# k-means with @numba.njit over NumPy arrays
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

import numba
import numpy as np


@numba.njit
def kmeans(px, py, k, iters):
    n = len(px)
    cx = px[:k].copy()
    cy = py[:k].copy()
    lab = np.zeros(n, dtype=np.int64)
    sx = np.zeros(k)
    sy = np.zeros(k)
    cnt = np.zeros(k)
    for _ in range(iters):
        for p in range(n):
            best = 0
            bd = 1e300
            for c in range(k):
                dx = px[p] - cx[c]
                dy = py[p] - cy[c]
                d = dx * dx + dy * dy
                if d < bd:
                    bd = d
                    best = c
            lab[p] = best
        for c in range(k):
            sx[c] = 0.0
            sy[c] = 0.0
            cnt[c] = 0.0
        for p in range(n):
            c = lab[p]
            sx[c] += px[p]
            sy[c] += py[p]
            cnt[c] += 1.0
        for c in range(k):
            if cnt[c] > 0.0:
                cx[c] = sx[c] / cnt[c]
                cy[c] = sy[c] / cnt[c]
    s = 0.0
    for c in range(k):
        s += cx[c] + cy[c]
    return s


px = (np.arange(N) * 7919 % 10007) / 10007.0
py = (np.arange(N) * 104729 % 10009) / 10009.0
r = bench(kmeans, px, py, 8, 10)
print("checksum=" + repr(r))
