# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@guvectorize(['void(float64[:], float64[:])'], '(n)->(n)')
def normalize(x, out):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i]
    for i in range(x.shape[0]):
        out[i] = x[i] / s

print(normalize(np.array([1.0, 1.0, 2.0])))
print(normalize(np.arange(1.0, 7.0).reshape(2, 3)))
