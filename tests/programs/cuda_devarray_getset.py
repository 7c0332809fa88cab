# Element reads/writes on device arrays from the host, negative indices, and len().
import numpy as np
from numba import cuda

d = cuda.to_device(np.arange(6, dtype=np.float64))
d[0] = 10.5
d[-1] = -1
print(d[0], d[-1], d[2], len(d))
m = cuda.to_device(np.arange(12, dtype=np.int32).reshape(3, 4))
m[1, 2] = 100
print(m[1, 2], m[2, -1], m.shape)
sub = m[1:, 1:3]
print(sub.shape, sub.copy_to_host())
print(m[0].copy_to_host(), m[:, 0].copy_to_host())
