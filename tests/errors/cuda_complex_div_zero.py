# Complex division by zero in a kernel raises ZeroDivisionError at the launch's end.
import numpy as np
from numba import cuda


@cuda.jit
def k(z, w, out):
    i = cuda.grid(1)
    if i < z.size:
        out[i] = z[i] / w[i]


z = np.array([1 + 1j, 2j])
w = np.array([1j, 0j])
out = np.zeros(2, dtype=np.complex128)
k[1, 2](z, w, out)
print(out)
# oracle: differs -- the simulator reports the exception from a kernel thread
#   and exits 0; streak raises it at the launch
