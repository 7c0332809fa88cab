# Elementwise and reduction timings; the same file runs under CPython+NumPy
# and under streak. Prints "op n best_seconds" lines.
import time
import sys
import numpy as np

def best(f, reps):
    b = 1e9
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t = time.perf_counter() - t0
        if t < b:
            b = t
    return b

sizes = [1000, 100000, 10000000]
if len(sys.argv) > 1:
    sizes = [int(s) for s in sys.argv[1:]]
for n in sizes:
    np.random.seed(1)
    a = np.random.random(n)
    b = np.random.random(n) + 0.5
    m = a.reshape(1000, n // 1000)
    reps = 5 if n >= 10000000 else (50 if n >= 100000 else 2000)
    ops = [
        ("add", lambda: a + b),
        ("mul", lambda: a * b),
        ("div", lambda: a / b),
        ("sqrt", lambda: np.sqrt(a)),
        ("exp", lambda: np.exp(a)),
        ("sin", lambda: np.sin(a)),
        ("less", lambda: a < b),
        ("sum", lambda: a.sum()),
        ("mean", lambda: a.mean()),
        ("max", lambda: a.max()),
        ("sum_axis0", lambda: m.sum(axis=0)),
        ("sum_axis1", lambda: m.sum(axis=1)),
        ("max_axis1", lambda: m.max(axis=1)),
        ("slice_copy", lambda: a[::2].copy()),
        ("random", lambda: np.random.random(n)),
        # the chapter's numpy_expr: streak fuses it (no temporaries)
        ("numpy_expr", lambda: np.sqrt(a**2 + np.sin(a) * np.exp(-a))),
    ]
    for name, f in ops:
        print(name, n, "%.3e" % best(f, reps))
