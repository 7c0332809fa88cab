# outcmp: exact
# TypingError at compile time, catchable through all three names; the
# message leads with one sentence and names file and line.
import numba
from numba import njit, TypingError
from numba.core.errors import TypingError as TE2
import numpy as np


@njit
def bad_unify(n):
    if n > 0:
        v = 1
    else:
        v = "neg"
    return v


@njit
def bad_index(a):
    return a[1.5]


@njit
def bad_call(x):
    return len(x)


for f, arg in [(bad_unify, 3), (bad_index, np.arange(3)), (bad_call, 2.0)]:
    try:
        f(arg)
    except TE2 as e:
        msg = str(e)
        print(f.__name__, isinstance(e, numba.errors.TypingError), 'line' in msg, msg.count('\n') > 1)
print(TypingError is TE2, issubclass(TypingError, Exception))
