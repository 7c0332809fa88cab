# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['boolean(float64, float64)'])
def close(a, b):
    return abs(a - b) < 0.5

r = close(np.array([1.0, 2.0, 3.0]), np.array([1.2, 2.9, 3.4]))
print(r, r.dtype, close.types)
print(close(np.arange(4.0), 2.0).sum())
