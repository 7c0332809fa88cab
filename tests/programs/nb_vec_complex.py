# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['complex128(complex128)', 'float64(float64)'])
def sq(z):
    return z * z

print(sq(np.array([1 + 1j, 2 - 1j])), sq(np.array([3.0, -2.0])), sq(1j))
print(sq(np.arange(3)), sq.types)
