# numba.typeof() and f.signatures of Python lists: reflected lists.
import numba
import numpy as np
print(numba.typeof([1, 2]), numba.typeof(np.arange(3)), numba.typeof((1, 2.5)), numba.typeof("s"))
import numba
print(numba.typeof([[1], [2]]), numba.typeof(([1.5], 2)))
@numba.njit
def f(l):
    return len(l)
f([1, 2])
print(f.signatures)
