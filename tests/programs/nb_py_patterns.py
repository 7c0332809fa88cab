# Common Python patterns in @njit code, checked against Numba 0.56:
# while/else with break, tuple swaps and nested unpacking, min/max of
# several arguments, abs, pow(), recursion, keyword calls between @njit
# functions, chained comparisons.
import math
from numba import njit


@njit
def first_at_least(n, limit):
    i = 0
    while i < n:
        if i * i >= limit:
            break
        i += 1
    else:
        i = -1
    return i


@njit
def swaps(x):
    a, b = x, x + 1
    a, b = b, a
    (c, d), e = (1, 2), 3
    return a, b, c + d + e, (a, b)[0]


@njit
def extremes(a, b, c):
    return min(a, b, c), max(a, b, c), min(a, 2.5), max((1, 5, 3)), min(3, 1)


@njit
def magnitudes(z):
    return abs(z), abs(-3), abs(-2.5), abs(True)


@njit
def powers(x, y):
    return pow(x, -1), pow(2, 3), pow(2.0, 3), pow(x, 2.5), pow(y, 2), pow(x, 0)


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def scaled(x, scale=2.0, off=0):
    return x * scale + off


@njit
def keyword_calls(x):
    return scaled(x, off=1), scaled(x, scale=3.0), scaled(off=2, x=x)


@njit
def chained(x):
    return 0 < x < 10, 0 < x > 5, x == x != 3


@njit
def math_mix(x):
    return math.floor(x), math.ceil(x), math.hypot(x, 1.0), math.copysign(1.0, -x), math.atan2(x, 2.0)


print(first_at_least(5, 100), first_at_least(10, 30))
print(swaps(1))
print(extremes(3, 1.5, 2))
print(magnitudes(3 + 4j))
print(powers(3, 1.5))
print(fib(15))
print(keyword_calls(1.5))
print(chained(6), chained(11))
print(math_mix(2.75))


@njit
def mantissas(x, i, p, q):
    m, e = math.frexp(x)
    return m, e + 1, math.ldexp(m, e + i), math.frexp(-3.0), math.frexp(0.0), math.gcd(p, q), math.gcd(-12, 18), math.gcd(0, 0)


print(mantissas(0.75, 3, 12, 18), mantissas(1e300, -1, 7, 0))
print(math.isnan(mantissas(float("nan"), 0, 1, 1)[0]), mantissas(float("inf"), 0, 1, 1)[:2])
