# @vectorize ufuncs called from @njit code: on scalars the kernel runs on the
# loop NumPy's safe casting picks; on arrays, elementwise with broadcasting
# (fused into the array expression around it); a lazy ufunc compiles for the
# operands' types; no matching loop is a TypingError.
import numpy as np
from numba import njit, vectorize


@vectorize(['int64(int64, int64)', 'float64(float64, float64)'])
def vmax(a, b):
    return a if a > b else b


@vectorize(['float64(float64)'])
def half(x):
    return x * 0.5


@vectorize
def lazy_add(a, b):
    return a + b


@njit
def scalars(x, y):
    return vmax(x, y), vmax(1.5, y), half(x), lazy_add(x, 2)


@njit
def arrays(a, b):
    return vmax(a, 3), vmax(a, b), half(a) + 1.0, vmax(a * 2, b) - 1


@njit
def loop_use(a):
    s = 0.0
    for i in range(a.size):
        s += half(a[i]) + vmax(a[i], 2.0)
    return s


print(scalars(3, 7), scalars(9, 2))
a = np.arange(6)
b = np.array([5, 0, 5, 0, 5, 0])
print(arrays(a, b))
print(arrays(np.arange(6.0).reshape(2, 3), np.ones((2, 3))))
print(loop_use(np.linspace(0.0, 5.0, 11)))
from numba.core.errors import TypingError

@vectorize(['int64(int64, int64)'])
def imax(a, b):
    return a if a > b else b

@njit
def bad(x):
    return imax(x, 1)

try:
    print(bad(1.5))
except TypingError as e:
    print("TypingError")
print(bad(4))
