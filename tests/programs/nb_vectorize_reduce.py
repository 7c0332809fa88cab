# outcmp: exact
from numba import vectorize
import numpy as np


@vectorize(['int64(int64, int64)', 'float64(float64, float64)'])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@vectorize(['float64(float64, float64)'])
def smax(a, b):
    return a if a > b else b


print(gcd(np.array([12, 18, 100]), np.array([8, 24, 75])))
print(gcd.reduce(np.array([48, 36, 120, 84])), gcd.accumulate(np.array([48, 36, 120, 84, 5])))
m = np.array([[12, 18, 30], [14, 21, 35]])
print(gcd.reduce(m, axis=0), gcd.reduce(m, axis=1))
print(smax.reduce(np.array([3.0, 9.5, -1.0, 7.0])), smax.accumulate(np.array([3.0, 1.0, 9.5, -1.0, 10.0])))
print(gcd(np.array([[4], [6]]), np.array([6, 9, 8])))
