# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def add(a, b):
    return a + b

print(add(1, 2), add(1.5, 2), add(1j, 1))
print(len(add.signatures), add.signatures[0])
print(add(np.int32(3), np.int32(4)), add.signatures[-1])
