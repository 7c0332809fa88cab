# The first line of errors from @njit code as Numba words it: a runtime tuple
# index out of range, and TypingError's pipeline line.
from numba import njit
@njit
def f(t, i):
    return t[i]
print(f((1, 2, 3), 1), f((1, 2, 3), -1))
try:
    f((1, 2, 3), 5)
except IndexError as e:
    print("IndexError", e)
import numba
@njit
def bad(x):
    return x + (1,)
try:
    bad(1.0)
except numba.core.errors.TypingError as e:
    print(str(e).splitlines()[0])
