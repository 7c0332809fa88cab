# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def div(a, b):
    return a / b

@njit
def idiv(a, b):
    return a // b

try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    idiv(3, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(idiv(-7, 2), div(1, 4))
