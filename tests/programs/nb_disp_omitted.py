# An argument left to its default is typed omitted(default=value) by Numba's
# dispatcher: each combination of given and omitted arguments compiles and
# lists apart in .signatures / .overloads, and a dispatcher with explicit
# signatures matches no call that omits one (TypeError).
from numba import njit


@njit
def k(a, b=2, c=3.0):
    return a + b * c


@njit
def h(x=None):
    if x is None:
        return -1
    return x * 2


@njit
def s(a, t=(1, 2), u="x"):
    return a + t[0], u


@njit("float64(float64, float64)")
def e(a, b=2.0):
    return a + b


print(k(1), k(1), k(1, b=2), k(1, 2, 3.0), k(2, c=4.0), k(1, 2))
print(k.signatures, len(k.overloads))
print(list(k.overloads.keys()))
print(h(), h(None), h(4), h.signatures)
print(s(1), s(1, (5, 6)), s.signatures)
print(e(1.0, 3.0), e.signatures)
try:
    print(e(1.0))
except TypeError as ex:
    print("TypeError", ex)
