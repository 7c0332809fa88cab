# One kernel launched many times with different sizes, types and configurations.
import numpy as np
from numba import cuda


@cuda.jit
def inc(a, by):
    i = cuda.grid(1)
    if i < a.size:
        a[i] += by


x = np.zeros(20, dtype=np.int32)
for k in range(1, 6):
    inc[k, 8](x, k)
print(x)
y = np.zeros(5)
inc[1, 5](y, 0.25)
inc[5, 1](y, 0.5)
print(y)
d = cuda.to_device(np.zeros(7, dtype=np.int64))
for _ in range(10):
    inc[1, 7](d, 3)
print(d.copy_to_host())
