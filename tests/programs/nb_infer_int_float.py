# outcmp: exact
from numba import njit


@njit
def mix(a, b):
    c = a + b
    d = a * 2
    e = b / 2
    return c, d, e


@njit
def accumulate(n):
    s = 0
    for i in range(n):
        s += i
    t = s
    t = t + 0.5
    return s, t


@njit
def divs(a, b):
    return a / b, a // b, a % b, -a // b, -a % b


print(mix(3, 4), mix(3, 4.5), mix(2.5, 1.5))
print([type(v).__name__ for v in mix(3, 4)], [type(v).__name__ for v in mix(3, 4.5)])
print(accumulate(10), accumulate(0))
print(divs(7, 2), divs(7.5, 2), divs(-7, 3), divs(7, -3))
print(divs(1, 3), divs(10, 5))
print(len(mix.signatures), sorted(str(s) for s in mix.signatures))
