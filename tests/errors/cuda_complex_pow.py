# Complex powers are not supported in kernels: a TypingError at the first launch.
import numpy as np
from numba import cuda


@cuda.jit
def k(z):
    i = cuda.grid(1)
    if i < z.size:
        z[i] = z[i] ** 2


z = np.array([1 + 1j, 2j])
k[1, 2](z)
print(z)
# oracle: differs -- Numba's CUDA typing rejects it on a GPU; the simulator
#   (NUMBA_ENABLE_CUDASIM) runs it as plain Python
