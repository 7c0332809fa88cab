# outcmp: exact
import numba
import numpy as np


@numba.njit('float64(float64[:])')
def norm_squared(x):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * x[i]
    return s


print(norm_squared.signatures)
x = np.array([3.0, 4.0])
print(norm_squared(x))
y = np.arange(100) / 10.0
print(repr(norm_squared(y)), repr(float(np.dot(y, y))))
print(norm_squared(np.linspace(-1, 1, 11)))
print(norm_squared(y[::3]), norm_squared(y[::-1]))
try:
    norm_squared(np.arange(5))
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(norm_squared.signatures)
