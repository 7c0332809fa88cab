# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['int32(int32, int32)', 'int64(int64, int64)', 'float64(float64, float64)'])
def absdiff(a, b):
    return a - b if a > b else b - a

x = np.array([1, 5, 9], dtype=np.int32)
y = np.array([4, 4, 4], dtype=np.int32)
r = absdiff(x, y)
print(r, r.dtype)
r = absdiff(x.astype(np.int16), y.astype(np.int8))
print(r, r.dtype)
r = absdiff(np.array([1, 2]), np.array([5, 0]))
print(r, r.dtype)
r = absdiff(np.array([1.5, 2.0]), 1)
print(r, r.dtype)
r = absdiff(x, 3)
print(r, r.dtype)
print(absdiff(7, 2), type(absdiff(7, 2)).__name__)
