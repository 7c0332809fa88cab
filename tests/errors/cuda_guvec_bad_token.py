# Core dimensions are names: a literal size in the layout is a bad token, as in numba's sigparse.
import numpy as np
from numba import guvectorize


@guvectorize(['void(float64[:], float64[:])'], '(n,3)->(n)', target='cuda')
def f(x, out):
    for i in range(out.shape[0]):
        out[i] = x[i]


print(f(np.arange(4.0)))
