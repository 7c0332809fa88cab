# Numba's mean keeps a float dtype (float32 sums in float32, divides in
# double, rounds back); var/std add float32 squares into a float64.
import numpy as np
from numba import njit
@njit
def m(x):
    return x.mean(), np.mean(x)
@njit
def vs(x):
    return x.var(), x.std()
for a in (np.array([1, 0, 0], dtype=np.float32), np.arange(1000, dtype=np.float32) / 7, np.array([1, 2, 4]), np.array([True, False]),
          np.array([1 + 2j, 3 - 1j], dtype=np.complex64), np.array([1 + 2j, 3 - 1j]), np.linspace(0, 1, 11)):
    r = m(a)
    print(r, type(r[0]).__name__)
    if a.dtype.kind != "c":
        print(vs(a))
