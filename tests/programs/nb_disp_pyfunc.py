# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def area(r):
    return 3.0 * r * r

print(area(2.0), area.py_func(2.0), area.py_func is not area)
print(area.__name__)
