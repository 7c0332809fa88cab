# Atomics need int32/int64/uint32/uint64/float32/float64 arrays (Numba's typing rule).
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    cuda.atomic.add(a, 0, 1)


a = np.zeros(4, dtype=np.int16)
k[1, 4](a)
print(a)
# oracle: differs -- Numba's CUDA typing rejects it on a GPU; the simulator
#   (NUMBA_ENABLE_CUDASIM) runs it as plain Python
