# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['float64(float64, float64, float64)'])
def fma3(a, b, c):
    return a * b + c

print(fma3(np.arange(4.0), 2.0, 1.0))
print(fma3(np.arange(6.0).reshape(2, 3), np.array([1.0, 10.0, 100.0]), np.array([[0.5], [0.25]])))
print(fma3(1.0, 2.0, 3.0), fma3.nin, fma3.types)
