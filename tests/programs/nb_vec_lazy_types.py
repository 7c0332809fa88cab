# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize
def poly(x):
    return 3 * x * x - 2 * x + 1

print(poly(np.arange(5)), poly(np.arange(5)).dtype)
print(poly(np.linspace(0, 1, 3)), poly.types)
print(poly(np.array([1, 2], dtype=np.int32)).dtype, poly.types)
print(poly(2), poly.ntypes)
