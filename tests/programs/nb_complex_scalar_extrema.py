# @njit np.maximum / np.minimum of complex scalars (a RuntimeError: the C
# compiler was handed a < b on complex structs) as Numba: a NaN operand, the
# first, wins, else the lexicographic order; complex64 with complex64 stays
# complex64. np.abs / np.absolute of a complex64 scalar are float32 (they
# printed the float64 modulus).
import numpy as np
from numba import njit
nan = float("nan")
@njit
def mx(a, b): return np.maximum(a, b), np.minimum(a, b)
@njit
def ab(z): return np.abs(z), np.absolute(z), abs(z)
vals = [1 + 2j, 1 + 3j, 2 - 1j, complex(nan, 0), complex(0, nan), -0.0 + 0j, 0j]
for x in vals:
    for y in vals:
        print(x, y, mx(x, y), mx(np.complex64(x), np.complex64(y)), mx(np.complex64(x), y))
    print(mx(x, 1.5), mx(2, x), mx(np.float32(1.5), np.complex64(x)))
    print(ab(x), ab(np.complex64(x)))
print(ab(np.complex64(3e38 + 3e38j)), ab(np.complex64(0.1 + 0.7j)))
