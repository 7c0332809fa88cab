# @njit unary ufuncs, comparisons and logical ufuncs of complex arrays:
# -a, +a, np.negative/positive/sign/logical_not, abs/absolute/angle
# (complex64: float32), isnan/isinf/isfinite, np.equal & co. (lexicographic
# order, NaNs unordered), a == b, a != b, np.logical_and/or/xor, np.power
# (Numba's complex power per element), np.full_like with a complex fill
import numpy as np
from numba import njit

nan = float("nan")
inf = float("inf")
z = np.array([1 + 2j, 3 - 1j, -0.5 + 0.25j, 0j, complex(nan, 1), complex(1, nan), complex(inf, -2), -0.0 - 0.0j])
w = np.array([1 + 2j, 2 + 5j, -0.5 + 0.5j, 0j, 1 + 1j, complex(1, 2), complex(-inf, 1), 0.0 + 0.0j])
x = np.array([1.5, -2.0, 0.5, 0.0, nan, 1.0, 3.0, -0.0])


@njit
def unary(a):
    return -a, +a, np.negative(a), np.positive(a), np.sign(a), np.logical_not(a)


@njit
def parts(a):
    return np.abs(a), np.absolute(a), np.angle(a), np.isnan(a), np.isinf(a), np.isfinite(a), np.conjugate(a), np.conj(a)


@njit
def cmp(a, b):
    return (np.equal(a, b), np.not_equal(a, b), np.less(a, b), np.less_equal(a, b), np.greater(a, b),
            np.greater_equal(a, b), a == b, a != b)


@njit
def logic(a, b):
    return np.logical_and(a, b), np.logical_or(a, b), np.logical_xor(a, b)


@njit
def pw(a, b):
    return np.power(a, b)


@njit
def fill(a, v):
    return np.full_like(a, v)


def show(tag, r):
    if isinstance(r, tuple):
        for i, t in enumerate(r):
            print(tag, i, t.dtype, t)
    else:
        print(tag, r.dtype, r)


for name, a in (("c128", z), ("c64", z.astype(np.complex64))):
    show("unary " + name, unary(a))
    show("parts " + name, parts(a))
    show("unary2d " + name, unary(a.reshape(2, 4)))

for tag, a, b in [("c128 c128", z, w), ("c64 c64", z.astype(np.complex64), w.astype(np.complex64)),
                  ("c64 f64", z.astype(np.complex64), x), ("c128 1j", z, 1j), ("f64 1j", x, 1j),
                  ("c128 2d", z.reshape(2, 4), w[4:])]:
    show("cmp " + tag, cmp(a, b))
    show("logic " + tag, logic(a, b))

small = np.array([1 + 2j, 3 - 1j, -0.5 + 0.25j, 0.5j])
for tag, a, b in [("c128 2", small, 2), ("c64 2", small.astype(np.complex64), 2), ("c128 3", small, 3),
                  ("c64 2.5", small.astype(np.complex64), 2.5), ("c128 1j", small, 1j),
                  ("c64 c64", small.astype(np.complex64), small.astype(np.complex64)[::-1]),
                  ("f64 c128", np.array([1.5, 2.0, 0.5, 3.0]), small), ("c128 i64", small, np.arange(4))]:
    show("power " + tag, pw(a, b))

show("full_like c128 1+2j", fill(z[:3], 1 + 2j))
show("full_like c64 1+2j", fill(z.astype(np.complex64)[:3], 1 + 2j))
show("full_like c64 3", fill(z.astype(np.complex64)[:3], 3))
show("full_like c128 2.5", fill(z[:3].reshape(3, 1), 2.5))
show("full_like c64 1/3j", fill(z.astype(np.complex64)[:3], 1 / 3j))
