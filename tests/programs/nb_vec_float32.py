# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize([float32(float32, float32), float64(float64, float64)])
def mul(a, b):
    return a * b

x = np.array([1.5, 2.5], dtype=np.float32)
r = mul(x, x)
print(r, r.dtype)
r = mul(x, 2.0)
print(r, r.dtype)
r = mul(x, np.array([2.0, 4.0]))
print(r, r.dtype)
print(mul.types)
