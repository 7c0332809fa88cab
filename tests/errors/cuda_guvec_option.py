# Target options the CUDA gufunc builder does not take are named in a TypeError.
import numpy as np
from numba import guvectorize


@guvectorize(['void(float64[:], float64[:])'], '(n)->(n)', target='cuda', fastmath=True, nogil=True)
def f(x, out):
    for i in range(out.shape[0]):
        out[i] = x[i]


print(f(np.arange(4.0)))
