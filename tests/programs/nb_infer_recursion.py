# outcmp: exact
from numba import njit, int64, float64


@njit(int64(int64))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit('float64(int64)')
def harmonic(n):
    if n == 0:
        return 0.0
    return 1.0 / n + harmonic(n - 1)


@njit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@njit(int64(int64, int64))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([fib(i) for i in range(15)])
print(fib(25), harmonic(10), harmonic(100))
print(fact(10), fact(20), fact(21))
print(ackermann(2, 3), ackermann(3, 3))
print(fib.signatures, harmonic.signatures)
