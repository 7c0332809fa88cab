# Numba's CUDA gufunc builder has no cache: cache=True is refused at decoration.
import numpy as np
from numba import guvectorize


@guvectorize(['void(float64[:], float64[:])'], '(n)->(n)', target='cuda', cache=True)
def f(x, out):
    for i in range(out.shape[0]):
        out[i] = x[i]


print(f(np.arange(4.0)))
