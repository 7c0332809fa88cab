# @guvectorize(target='cuda') makes gufuncs with exactly one output (Numba's CUDA gufunc asserts it).
import numpy as np
from numba import guvectorize


@guvectorize(['void(float32[:], float32[:], float32[:])'], '(n)->(n),(n)', target='cuda')
def split(x, lo, hi):
    for i in range(x.shape[0]):
        lo[i] = x[i] - 1
        hi[i] = x[i] + 1


print(split(np.arange(4, dtype=np.float32)))
