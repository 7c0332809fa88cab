# Sum of squares over a float64 ndarray of 1e7 elements (built first,
# untimed): the loop reads NumPy scalars, kept unboxed by the trace.
import sys
import time
import numpy as np
def sum_squares(a):
    t = 0.0
    for i in range(len(a)):
        t += a[i] * a[i]
    return t
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
a = np.arange(n) * 0.001
t0 = time.thread_time()
r = sum_squares(a)
t1 = time.thread_time()
r2 = sum_squares(a)  # warm: the compiled trace (gccjit by now, unless pinned)
t2 = time.thread_time()
print(r, r2 == r)
print("first_s", t1 - t0)
print("kernel_s", t2 - t1)
