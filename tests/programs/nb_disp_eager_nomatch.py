# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit(['int64(int64)', 'float64(float64)'])
def twice(x):
    return x * 2

print(twice(3), twice(2.5))
try:
    twice(1j)
except TypeError as e:
    print("TypeError", str(e).splitlines()[0])
print(twice.signatures)
