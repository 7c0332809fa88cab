# cuda.atomic.inc takes uint32/uint64 arrays only (Numba's typing rule).
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    cuda.atomic.inc(a, 0, 10)


a = np.zeros(4, dtype=np.int32)
k[1, 4](a)
print(a)
# oracle: differs -- Numba's CUDA typing rejects it on a GPU; the simulator
#   (NUMBA_ENABLE_CUDASIM) runs it as plain Python
