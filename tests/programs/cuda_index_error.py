# outcmp: exact
# An out-of-bounds index inside a kernel raises IndexError on the host.
import numpy as np
from numba import cuda


@cuda.jit
def bad(a):
    i = cuda.grid(1)
    a[i + 1] = 1.0


a = np.zeros(8)
try:
    bad[1, 8](a)
    cuda.synchronize()
    print("no error")
except IndexError:
    print("IndexError")
print(a.sum() >= 0)
