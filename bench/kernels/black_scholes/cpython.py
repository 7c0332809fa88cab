# Black-Scholes, pure Python over lists (CPython, PyPy, streak-py)
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

import math


def cnd(d):
    A1 = 0.31938153
    A2 = -0.356563782
    A3 = 1.781477937
    A4 = -1.821255978
    A5 = 1.330274429
    RSQRT2PI = 0.39894228040143267793994605993438
    K = 1.0 / (1.0 + 0.2316419 * abs(d))
    ret = RSQRT2PI * math.exp(-0.5 * d * d) * (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5)))))
    if d > 0:
        ret = 1.0 - ret
    return ret


def black_scholes(S, X, T, out):
    R = 0.02
    V = 0.3
    for i in range(len(S)):
        sqrtT = math.sqrt(T[i])
        d1 = (math.log(S[i] / X[i]) + (R + 0.5 * V * V) * T[i]) / (V * sqrtT)
        d2 = d1 - V * sqrtT
        out[i] = S[i] * cnd(d1) - X[i] * math.exp(-R * T[i]) * cnd(d2)
    s = 0.0
    for i in range(len(S)):
        s += out[i]
    return s


S = [50.0 + 100.0 * (((i * 7919) % 10007) / 10007.0) for i in range(N)]
X = [50.0 + 100.0 * (((i * 104729) % 10009) / 10009.0) for i in range(N)]
T = [0.1 + 2.0 * (((i * 6007) % 10037) / 10037.0) for i in range(N)]
out = [0.0] * N
r = bench(black_scholes, S, X, T, out)
print("checksum=" + repr(r))
