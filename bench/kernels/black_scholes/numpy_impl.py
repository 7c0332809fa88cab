# Black-Scholes, NumPy style (np.where for the CND branch)
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


def cnd(d):
    A1 = 0.31938153
    A2 = -0.356563782
    A3 = 1.781477937
    A4 = -1.821255978
    A5 = 1.330274429
    RSQRT2PI = 0.39894228040143267793994605993438
    K = 1.0 / (1.0 + 0.2316419 * np.abs(d))
    ret = RSQRT2PI * np.exp(-0.5 * d * d) * (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5)))))
    return np.where(d > 0, 1.0 - ret, ret)


def black_scholes(S, X, T):
    R = 0.02
    V = 0.3
    sqrtT = np.sqrt(T)
    d1 = (np.log(S / X) + (R + 0.5 * V * V) * T) / (V * sqrtT)
    d2 = d1 - V * sqrtT
    out = S * cnd(d1) - X * np.exp(-R * T) * cnd(d2)
    return float(out.sum())


S = 50.0 + 100.0 * ((np.arange(N) * 7919 % 10007) / 10007.0)
X = 50.0 + 100.0 * ((np.arange(N) * 104729 % 10009) / 10009.0)
T = 0.1 + 2.0 * ((np.arange(N) * 6007 % 10037) / 10037.0)
r = bench(black_scholes, S, X, T)
print("checksum=" + repr(r))
