# @njit np.sign of complex scalars (a TypingError) and arrays: npyfuncs.py's
# rule, 1, -1 or 0 by the lexicographic order against 0j, nan when
# unordered, the imaginary part 0; complex64 stays complex64
import numpy as np
from numba import njit
nan = float("nan"); inf = float("inf")
@njit
def sg(z): return np.sign(z)
vals = [1 + 2j, -1 + 2j, 0j, -0.0 + 0j, 0 - 1j, 0 + 1j, -0.0 - 0.0j, complex(nan, 1), complex(1, nan), complex(0, nan), complex(-1, nan), complex(inf, -inf), complex(-inf, nan)]
for v in vals:
    a, b = sg(v), sg(np.complex64(v))
    print(v, a, b, type(a).__name__, (float(b.real), float(b.imag)))
arr = np.array(vals)
print(sg(arr), sg(arr.astype(np.complex64)), sg(arr.reshape(1, 13)[:, ::2]))
