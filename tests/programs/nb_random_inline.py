# np.random.random() inside @njit: Numba's own MT19937 stream, across the
# 624-word twists, interleaved with draws that take other paths (randn,
# randint, uniform), and after a reseed in the middle of a block.
import numba
import numpy as np


@numba.njit
def seed(k):
    np.random.seed(k)


@numba.njit
def draws(n):
    s = 0.0
    last = 0.0
    for i in range(n):
        last = np.random.random()
        s += last
    return s, last


@numba.njit
def mixed(n):
    out = np.empty(n)
    for i in range(n):
        if i % 7 == 3:
            out[i] = np.random.randn()
        elif i % 11 == 5:
            out[i] = np.random.randint(0, 1000)
        elif i % 13 == 1:
            out[i] = np.random.uniform(-1.0, 1.0)
        else:
            out[i] = np.random.random()
    return out


seed(12345)
print(draws(1))
print(draws(311))
print(draws(2000))
seed(7)
a = mixed(1500)
print(a[:5])
print(a[620:630])
print(a.sum())
seed(7)
b = mixed(1500)
print(np.array_equal(a, b))
seed(99)
print(draws(623))
print(draws(1))
print(draws(1))
