# outcmp: exact
from numba import njit
import numpy as np


@njit
def add(a, b):
    return a + b


print(add.signatures)
print(add(1, 2))
print(add.signatures)
print(add(1.5, 2))
print(add(np.float32(1.5), np.float32(2)), type(add(np.float32(1.5), np.float32(2))).__name__)
print(add(1j, 2))
print(add(np.arange(3), np.arange(3)))
print(add(True, True), add(np.int8(100), np.int8(100)))
for s in add.signatures:
    print(s)
print(len(add.signatures), len(add.overloads))
print(add(3, 4), len(add.signatures))
print(add.py_func(10, 20), add.py_func is not add, callable(add.py_func))
