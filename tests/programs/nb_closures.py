# Inner functions and lambdas inside @njit functions, as Numba 0.56 runs
# them: called (never returned or passed on), reading the enclosing
# function's variables as they are at the call.
import math
import numpy as np
from numba import njit

SCALE = 3


@njit
def doubled_sum(n):
    def g(v):
        return v * 2
    s = 0
    for i in range(n):
        s += g(i)
    return s


@njit
def captures(n):
    k = 3
    def g(v):
        return v * k + n
    h = lambda x: x + 1
    s = 0
    for i in range(n):
        s += g(i) + h(i)
    return s


@njit
def current_value():
    k = 1
    def g(v):
        return v + k
    a = g(1)
    k = 10
    b = g(1)
    return a, b


@njit
def siblings(n):
    def g(v):
        return v + 1
    def h(v):
        return g(v) * 2
    return h(n), g(n)


@njit
def lambdas(n):
    g = lambda a, b=2: a * b
    return g(n), g(n, 3), g(1.5)


@njit
def keywords(x):
    def poly(x, a=1.0, b=0.0, c=0.0):
        return a + b * x + c * x * x
    return poly(x), poly(x, 2.0, 1.0), poly(x, 1.0, 2.0, 3.0)


@njit
def over_array(a):
    t = 0.5
    def clip(v):
        if v < -t:
            return -t
        if v > t:
            return t
        return v
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = clip(a[i])
    return out


@njit
def with_globals(x):
    def f(v):
        return math.sqrt(v) * SCALE
    return f(x)


@njit
def inner_loop(n):
    def total(m):
        s = 0.0
        for i in range(m):
            s += i * 0.5
        return s
    acc = 0.0
    for j in range(n):
        acc += total(j)
    return acc


@njit
def nested(n):
    base = 10
    def outer(v):
        def inner(u):
            return u + base
        return inner(v) * 2
    return outer(n)


@njit
def tuple_result(a, b):
    def divmod_(x, y):
        return x // y, x % y
    q, r = divmod_(a, b)
    return q, r, divmod_(b, 3)


@njit
def no_return(a):
    def bump(i):
        a[i] += 1.0
    for i in range(a.shape[0]):
        bump(i)
    return a


@njit
def immediate(n):
    return (lambda x: x * x)(n)


print(doubled_sum(5))
print(captures(5))
print(current_value())
print(siblings(3))
print(lambdas(3))
print(keywords(2.0))
print(over_array(np.array([-1.0, -0.25, 0.0, 0.3, 2.0])))
print(with_globals(2.0))
print(inner_loop(10))
print(nested(5))
print(tuple_result(17, 5))
print(no_return(np.zeros(3)))
print(immediate(7))


@njit
def in_loop(n):
    s = 0
    for i in range(n):
        f = lambda x: x + i
        s += f(1)
    return s


@njit
def apply_global(fn, x):
    return fn(x)


@njit
def passed_to_njit(n):
    def g(v):
        return v + 1
    scale = 2.5
    h = lambda v: v * scale
    return apply_global(g, n), apply_global(h, n), apply_global(lambda z: z - 1, n)


@njit
def passed_with_free(n, a):
    k = 5
    def g(v):
        return v + k + a[0]
    def apply(fn, v):
        return fn(v) * 2
    r1 = apply(g, n)
    k = 100
    return r1, apply(g, n), apply(lambda z: z * k, 1)


@njit
def map_list(fn, xs):
    return [fn(x) for x in xs]


@njit
def higher_order(xs):
    off = 0.5
    return map_list(lambda x: x * x + off, xs), map_list(lambda x: -x, xs)


print(in_loop(5))
print(passed_to_njit(3))
print(passed_with_free(3, np.array([10])))
print(higher_order([1.0, 2.0]))
print(captures(7))
