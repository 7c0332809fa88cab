# s += i * 0.5 over 1e7 iterations inside a function (locals).
import sys
import time
def run(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
t0 = time.thread_time()
r = run(n)
t1 = time.thread_time()
print(r)
print("kernel_s", t1 - t0)
