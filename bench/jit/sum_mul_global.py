# The same loop at module level: s and i are globals (dict slots).
import sys
import time
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
t0 = time.thread_time()
s = 0.0
for i in range(n):
    s += i * 0.5
t1 = time.thread_time()
print(s)
print("kernel_s", t1 - t0)
