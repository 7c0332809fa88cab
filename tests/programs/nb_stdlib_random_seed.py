# outcmp: exact
# random.seed(n) inside @njit seeds Numba's own generator for the stdlib's
# random.* (init_genrand of n's low 32 bits, as numba/_random.c), apart from
# the interpreter's random module (init_by_array, CPython's) and from
# np.random's: each stream goes on untouched by the others.
import random
import numpy as np
from numba import njit


@njit
def first_draws(s, n):
    random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = random.random()
    return out


@njit
def seed(s):
    random.seed(s)


@njit
def draw():
    return random.random()


@njit
def np_draw():
    return np.random.random()


for s in [0, 1, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 5, 2**40 + 7, -1, -5, -(2**33), 2**63 - 1]:
    print(s, list(first_draws(s, 3)))

# other integer types and a bool convert to the same 32 bits
print(first_draws(np.int32(-7), 2), first_draws(np.uint8(200), 2), first_draws(True, 2))
print(first_draws(np.uint64(2**64 - 1), 2), first_draws(np.int16(300), 2))

# the same seed twice: the same stream; across 624-word twists too
a = first_draws(2024, 1000)
b = first_draws(2024, 1000)
print(np.array_equal(a, b), a[311], a[312], a[999])

# interpreter and @njit streams are independent, both ways
random.seed(0)
seed(0)
print(random.random(), draw())
x1 = random.random()
d1 = draw()
seed(0)
seed_val = draw()
print(x1, d1, seed_val)
random.seed(0)
print(random.random(), random.random() == x1)
seed(5)
first = [draw() for _ in range(3)]
random.seed(5)
interp = [random.random() for _ in range(3)]
seed(5)
again = [draw() for _ in range(3)]
print(first == again, first == interp, first[0], interp[0])

# np.random inside @njit has a third state: seeding one leaves the others
@njit
def both(s):
    random.seed(s)
    np.random.seed(s)
    return random.random(), np.random.random(), random.random(), np.random.random()


print(both(3))
seed(3)
print(draw(), np_draw())


# inlined random() draws (the optimised build) between helper draws on the
# same state, over many 624-word twists
@njit
def mixed(s, n):
    random.seed(s)
    acc = 0.0
    k = 0
    for i in range(n):
        acc += random.random()
        k += random.randint(0, 9) + random.getrandbits(3)
        if i % 1000 == 999:
            acc += random.random() * random.randrange(1, 4)
    return acc, k, random.random()


for n in [10, 300000, 300000]:
    print(mixed(8, n))
