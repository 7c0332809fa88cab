# outcmp: exact
import numba
import numpy as np


@numba.njit
def typed_sum(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def interpreted_sum(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def wrap64(v):
    v %= 2 ** 64
    return v - 2 ** 64 if v >= 2 ** 63 else v


for n in [0, 1, 10, 1000, 100000]:
    print(n, typed_sum(n), interpreted_sum(n), typed_sum(n) == interpreted_sum(n))
print(typed_sum(3000000), 8999995500000500000)
exact = (10 ** 7 - 1) * 10 ** 7 * (2 * 10 ** 7 - 1) // 6
print(exact, typed_sum(10 ** 7), wrap64(exact), typed_sum(10 ** 7) == wrap64(exact))
