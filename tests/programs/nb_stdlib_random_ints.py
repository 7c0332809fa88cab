# outcmp: exact
# random.randint / randrange / getrandbits inside @njit: Numba's draws on
# its own state (CPython's _randbelow: getrandbits(n.bit_length()) until
# below n, the low word first past 32 bits), Numba's errors, and its
# arithmetic: the count by truncating division, a zero step not an error.
import random
import numpy as np
from numba import njit


@njit
def dice(s, n):
    random.seed(s)
    counts = np.zeros(6, np.int64)
    total = 0
    for i in range(n):
        d = random.randint(1, 6)
        counts[d - 1] += 1
        total += d * (i % 3)
    return counts, total


@njit
def ranges(s):
    random.seed(s)
    out = []
    out.append(random.randrange(10))
    out.append(random.randrange(3, 30))
    out.append(random.randrange(30, 3, -4))
    out.append(random.randrange(-50, 50, 7))
    out.append(random.randrange(0, 10, 0))
    out.append(random.randrange(7, 8))
    out.append(random.randrange(2**62))
    out.append(random.randrange(-(2**61), 2**61))
    out.append(random.randint(-(2**40), 2**40))
    out.append(random.randint(5, 5))
    out.append(random.randrange(1000003))
    return out


@njit
def bits(s):
    random.seed(s)
    out = []
    for k in [1, 2, 8, 31, 32, 33, 48, 63, 64]:
        out.append(random.getrandbits(k))
    return out


@njit
def float_args(s):
    random.seed(s)
    return random.randint(1.0, 6.9), random.randrange(10.5), random.randrange(2.0, 9.0, 3.0)


@njit
def randrange1(n):
    random.seed(1)
    return random.randrange(n)


@njit
def randrange3(a, b, c):
    random.seed(1)
    return random.randrange(a, b, c)


@njit
def randint(a, b):
    random.seed(1)
    return random.randint(a, b)


@njit
def getrandbits(k):
    random.seed(1)
    return random.getrandbits(k)


@njit
def show_bits():
    random.seed(9)
    print(random.getrandbits(64), random.getrandbits(64), random.getrandbits(63))


for s in [0, 1, 99]:
    print(s, dice(s, 6000))
    print(ranges(s))
    print(bits(s))
print(float_args(4))
print(getrandbits(2**32 + 3), getrandbits(np.int32(17)))
show_bits()

for f, args in [(randrange1, (0,)), (randrange1, (-3,)), (randrange3, (5, 5, 1)), (randrange3, (0, 10, -1)),
                (randrange3, (10, 0, 1)), (randint, (5, 4)), (getrandbits, (0,)), (getrandbits, (65,)),
                (getrandbits, (-1,)), (randrange3, (10, 0, -3)), (randrange3, (0, 10, 3))]:
    try:
        print(f.py_func.__name__, args, f(*args))
    except (ValueError, OverflowError) as e:
        print(f.py_func.__name__, args, type(e).__name__, e)


# a draw that follows an error still comes from the same stream
@njit
def after_error():
    random.seed(3)
    a = random.random()
    return a, random.randrange(100)


@njit
def fails():
    random.seed(3)
    random.random()
    return random.randrange(0)


try:
    fails()
except ValueError as e:
    print("ValueError", e)
print(after_error())


# getrandbits is uint64 (Numba's signature): int64 arithmetic with it wraps
@njit
def bits_arith():
    random.seed(1)
    a = random.getrandbits(64)
    return a, a + 1, a // 3, random.getrandbits(10) * 2, a > 5, random.getrandbits(3) - 10


print(bits_arith())
