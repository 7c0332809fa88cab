# heat2d, pure Python over a flat list (CPython, PyPy, streak-py)
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


def heat(u0, n, steps):
    u = list(u0)
    un = list(u0)
    for _ in range(steps):
        for i in range(1, n - 1):
            for j in range(1, n - 1):
                k = i * n + j
                un[k] = u[k] + 0.1 * (u[k - n] + u[k + n] + u[k - 1] + u[k + 1] - 4.0 * u[k])
        u, un = un, u
    return sum(u)


u0 = [((i * 7919) % 10007) / 10007.0 for i in range(N * N)]
r = bench(heat, u0, N, 20)
print("checksum=" + repr(r))
