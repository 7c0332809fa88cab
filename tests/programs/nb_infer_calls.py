# outcmp: exact
from numba import njit
import numpy as np


@njit
def square(x):
    return x * x


@njit
def hyp2(a, b):
    return square(a) + square(b)


@njit
def apply_all(arr):
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        out[i] = hyp2(arr[i], i)
    return out


@njit
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@njit
def lcm_list(arr):
    r = arr[0]
    for v in arr[1:]:
        r = r * v // gcd(r, v)
    return r


print(square(3), square(2.5), hyp2(3, 4), hyp2(1.5, 2))
print(apply_all(np.array([1.0, 2.0, 3.0])), apply_all(np.array([5, 6])))
print(gcd(48, 18), gcd(17, 5), lcm_list(np.array([4, 6, 10, 15])))
print(len(square.signatures), len(hyp2.signatures))
