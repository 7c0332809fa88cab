# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@guvectorize(['void(int64[:], int64[:])', 'void(float64[:], float64[:])'], '(n)->()')
def vmax(x, res):
    m = x[0]
    for v in x:
        if v > m:
            m = v
    res[0] = m

print(vmax(np.array([3, 9, 2])), vmax(np.array([[1.5, -2.0], [0.0, 7.25]])))
print(vmax(np.arange(12).reshape(3, 4)), vmax.ntypes)
