# Storing a complex value into a float array needs .real or abs(): a TypingError.
import numpy as np
from numba import cuda


@cuda.jit
def k(z, out):
    i = cuda.grid(1)
    if i < z.size:
        out[i] = z[i] * 2


z = np.array([1 + 1j, 2j])
out = np.zeros(2)
k[1, 2](z, out)
print(out)
# oracle: differs -- Numba's CUDA typing rejects it on a GPU; the simulator
#   (NUMBA_ENABLE_CUDASIM) runs it as plain Python
