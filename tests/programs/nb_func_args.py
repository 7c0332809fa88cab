# An @njit function passed as an argument to another, from interpreted code
# or from @njit code (Numba's type(CPUDispatcher(...))): the callee is
# specialised per function passed, and calls through the parameter call
# that function's specialisation for the argument types at the call.
import math
import numpy as np
from numba import njit


@njit
def sq(x):
    return x * x


@njit
def cube(x):
    return x * x * x


@njit
def apply(f, a):
    out = np.empty_like(a)
    for i in range(a.size):
        out[i] = f(a[i])
    return out


@njit
def twice(f, a):
    return apply(f, apply(f, a))


@njit
def newton(f, df, x0, tol=1e-12, maxit=50):
    x = x0
    for i in range(maxit):
        dx = f(x) / df(x)
        x -= dx
        if abs(dx) < tol:
            return x, i
    return x, maxit


@njit
def g(x):
    return x * x - 2.0


@njit
def dg(x):
    return 2.0 * x


@njit
def gauss(x):
    return math.exp(-x * x)


@njit
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


@njit
def both_integrals(n):
    return simpson(gauss, 0.0, 1.0, n), simpson(cube, 0.0, 2.0, n)


@njit
def rk4_step(rhs, t, y, h):
    k1 = rhs(t, y)
    k2 = rhs(t + h / 2, y + h / 2 * k1)
    k3 = rhs(t + h / 2, y + h / 2 * k2)
    k4 = rhs(t + h, y + h * k3)
    return y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)


@njit
def decay(t, y):
    return -0.5 * y


@njit
def osc(t, y):
    out = np.empty(2)
    out[0] = y[1]
    out[1] = -y[0]
    return out


@njit
def integrate(rhs, y0, h, n):
    y = y0
    for i in range(n):
        y = rk4_step(rhs, i * h, y, h)
    return y


def make_adder(k):
    @njit
    def add(x):
        return x + k
    return add


a = np.arange(4.0)
print(apply(sq, a), apply(cube, a), apply(sq, np.arange(3)))
print(twice(sq, a), twice(cube, np.arange(3)))
print(newton(g, dg, 1.0))
print(both_integrals(10), simpson(sq, 0.0, 3.0, 6))
print(integrate(decay, 1.0, 0.1, 10))
print(integrate(osc, np.array([1.0, 0.0]), 0.1, 10))
total = 0.0
for k in range(5):  # a new dispatcher each time, each its own specialisation of apply
    total += apply(make_adder(k), a).sum()
print(total)
