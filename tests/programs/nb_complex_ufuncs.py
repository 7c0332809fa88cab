# NumPy ufuncs of complex128 arrays and scalars in @njit code, as Numba's
# loops compute them (cmath's algorithms or npyfuncs.py's formulas, with
# the numpy error model: 1/0j is nan+nanj), special values and views
# included; add/subtract/multiply broadcast like the operators; predicates
import numpy as np
from numba import njit

names = ["sqrt", "exp", "log", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "arcsinh", "arctanh",
         "exp2", "log2", "log10", "expm1", "log1p", "sinh", "cosh", "tanh", "arccosh", "reciprocal",
         "rint", "square", "negative"]


@njit
def all_of(z):
    return (np.sqrt(z), np.exp(z), np.log(z), np.sin(z), np.cos(z), np.tan(z), np.arcsin(z), np.arccos(z),
            np.arctan(z), np.arcsinh(z), np.arctanh(z), np.exp2(z), np.log2(z), np.log10(z), np.expm1(z),
            np.log1p(z), np.sinh(z), np.cosh(z), np.tanh(z), np.arccosh(z), np.reciprocal(z),
            np.rint(z), np.square(z), np.negative(z))


z = np.array([1 + 2j, -0.5 + 0.25j, 0j, 2.0 - 1j, -3.0 - 0.0j, 0.75j, 1e-8 + 1e-9j, 30 + 0.5j, -1e3 + 2j])
for name, r in zip(names, all_of(z)):
    print(name, r)
special = np.array([complex(np.inf, 0.0), complex(0.0, np.inf), complex(np.nan, 1.0), complex(-np.inf, np.nan),
                    complex(800.0, 1.0), 1 + 0j, -1 + 0j])
for name, r in zip(names, all_of(special)):
    print(name, r)


@njit
def scalars(w):
    return np.sqrt(w), np.log10(w), np.tan(w), np.arccosh(w), np.reciprocal(w), np.expm1(w)


for w in [1 + 2j, -0.5 + 0.25j, 0j]:
    print(scalars(w))


@njit
def of_view(v):
    return np.sin(v), np.log2(v)


print(of_view(z.reshape(3, 3)[:, ::2]))


@njit
def predicates(z):
    return np.isnan(z), np.isinf(z), np.isfinite(z), np.real(z), np.imag(z)


print(predicates(special))


@njit
def binary(a, b, x):
    return np.add(a, b), np.subtract(a, x), np.multiply(x, b), np.add(a, 2.5), np.multiply(1j, a)


a = np.array([[1 + 1j, 2 - 1j, 0.5j]] * 2)
print(binary(a, np.array([3 - 2j, 1j, -1 + 0j]), np.array([0.5, -2.0, 4.0])))


@njit
def wave(x, k):
    return np.exp(1j * k * x)


print(wave(np.linspace(0.0, 1.0, 5), 3.0))


@njit
def likes(z):
    out = np.empty_like(z)
    for i in range(z.shape[0]):
        out[i] = np.sin(z[i]) + np.exp(z[i])
    return out, np.zeros_like(z), np.ones_like(z)


print(likes(z[:3]))
