# outcmp: exact
import numba
from numba import njit
from numba.core.errors import TypingError
import numpy as np


@njit
def bad_add(x):
    return x + "abc"


@njit
def bad_attr(a):
    return a.nonexistent_attribute


@njit
def bad_unify(n):
    if n > 0:
        v = 1
    else:
        v = "neg"
    return v


@njit
def bad_call(a):
    return undefined_function_xyz(a)


for f, arg in [(bad_add, 1), (bad_attr, np.arange(3)), (bad_unify, 5), (bad_call, 1.0)]:
    try:
        f(arg)
        print("no error")
    except TypingError as e:
        print(f.__name__, type(e).__name__)
try:
    bad_add(2.5)
except numba.TypingError as e:
    print("numba.TypingError", isinstance(e, numba.core.errors.TypingError), isinstance(e, Exception))
try:
    bad_add(3)
except Exception as e:
    print(type(e).__name__, type(e).__module__)
print(bad_add.py_func.__name__, bad_add.signatures)
