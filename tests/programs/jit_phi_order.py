# Loop-carried values updated in orders that read old values after new ones
# are computed (the first tier computes a carried value into its own
# variable where nothing reads the old one later): rotations, swaps,
# cycles, Fibonacci, complex products.
import math


def rotate(n):
    c, s = math.cos(0.01), math.sin(0.01)
    x, y = 1.0, 0.0
    for i in range(n):
        x, y = x * c - y * s, x * s + y * c
    return x, y


def cycle3(n):
    a, b, c = 1.5, 2.5, 3.5
    for i in range(n):
        a, b, c = b + 0.5, c * 0.5, a - 1.0
    return a, b, c


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


def lag(n):
    prev, cur = 0.0, 1.0
    total = 0.0
    for i in range(n):
        nxt = cur * 0.5 + prev * 0.25 + i
        total += prev
        prev = cur
        cur = nxt
    return prev, cur, total


def cpow(n):
    z = 1 + 0j
    w = 0.6 + 0.7j
    for i in range(n):
        z = z * w + 0.1j
        w = w * 0.999 - z * 0.001
    return z, w


def mixed(n):
    s = 0.0
    k = 3
    for i in range(n):
        s = s * 0.5 + k
        k = k * 3 % 1001 + int(s) % 7
    return s, k


for n in (0, 1, 2, 57, 300):
    print(n, rotate(n), cycle3(n), fib(n), lag(n), cpow(n), mixed(n))
