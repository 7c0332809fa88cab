# .signatures lists the specialisations a caller's compile typed a callee
# for (Numba compiles each callee as an overload of its own), in order,
# without duplicates when Python later calls the callee with those types.
from numba import njit


@njit
def g(x):
    return x + 1


@njit
def h(x, y=2):
    return x * y


@njit
def f(x):
    return g(x) + g(1.5) + h(x)


@njit
def k(x):
    return g(x) * 2


print(f(1))
print(f.signatures, g.signatures, h.signatures)
print(g(3), g(True))
print(g.signatures)
print(k(2.5), k(7))
print(k.signatures, g.signatures)
print(f(1.0))
print(f.signatures, g.signatures, h.signatures)
print(len(g.overloads), sorted(str(s) for s in g.overloads))
