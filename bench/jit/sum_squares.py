# Sum of squares over a list of 1e7 floats (the list is built first, untimed).
import sys
import time
def sum_squares(xs):
    t = 0.0
    for x in xs:
        t += x * x
    return t
def build(n):
    xs = [0.0] * n
    for i in range(n):
        xs[i] = i * 0.001
    return xs
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
xs = build(n)
t0 = time.thread_time()
r = sum_squares(xs)
t1 = time.thread_time()
print(r)
print("kernel_s", t1 - t0)
