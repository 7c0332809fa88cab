# An output core dimension that no input names: its size could not be known.
import numpy as np
from numba import guvectorize


@guvectorize(['void(float64[:], float64[:])'], '(n)->(m)', target='cuda')
def f(x, out):
    for i in range(out.shape[0]):
        out[i] = x[0]


print(f(np.arange(4.0)))
