# len(range(...)) and `x in range(...)` in @njit code (Numba's range_len
# and impl_contains: ints and bools by bounds and step, floats and complex
# numbers when integral, False for other values).
from numba import njit


@njit
def lens(n):
    return (len(range(n)), len(range(1, n)), len(range(1, n, 3)), len(range(n, 0, -2)),
            len(range(n, 0)), len(range(-n)), len(range(0, n, n + 5)))


@njit
def ins(x, n):
    return (x in range(n), x not in range(n), x in range(1, n, 3), x in range(n, -n, -2),
            x in range(n, 0), x in range(-n, n))


@njit
def others(n):
    return (2.0 in range(n), 2.5 in range(n), -0.0 in range(n), True in range(n),
            complex(3, 0) in range(n), complex(3, 1) in range(n), "a" in range(n), (1, 2) in range(n))


@njit
def count_hits(n):
    c = 0
    for i in range(-n, 2 * n):
        if i in range(0, n, 3):
            c += 1
    return c


@njit
def zero_step(n):
    return len(range(0, n, 0))


for n in (0, 1, 7, 10):
    print(n, lens(n))
for x in (-3, 0, 1, 4, 6, 9, 10):
    print(x, ins(x, 10), ins(x, 0))
print(others(5), others(0))
print(count_hits(10), count_hits(0))
try:
    zero_step(5)
except ValueError as e:
    print("ValueError:", e)
