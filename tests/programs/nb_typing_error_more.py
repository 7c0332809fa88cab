# outcmp: exact
from numba import njit, TypingError
import numpy as np


@njit
def list_mixed():
    lst = [1, 2]
    lst.append("x")
    return len(lst)


@njit
def wrong_index(a):
    return a["key"]


@njit
def too_many_args(a):
    return np.sqrt(a, a, a, a)


@njit
def ok(a):
    return a * 2


names = []
for f, args in [(list_mixed, ()), (wrong_index, (np.arange(3),)), (too_many_args, (np.arange(3.0),)), (ok, (21,))]:
    try:
        r = f(*args)
        print("ok", r)
    except TypingError as e:
        print("TypingError", type(e).__name__)
print(ok(1.5), ok.signatures)
