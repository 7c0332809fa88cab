# outcmp: exact
# The first example of Numba's documentation (monte_carlo_pi with the
# stdlib's random.random() inside @jit(nopython=True)), seeded inside the
# jitted code, beside the same loop undecorated: the jitted draws come from
# Numba's own state, the interpreter's (traced loops too) from CPython's,
# and neither disturbs the other.
import random
from numba import jit, njit


@jit(nopython=True)
def monte_carlo_pi(nsamples):
    acc = 0
    for i in range(nsamples):
        x = random.random()
        y = random.random()
        if (x ** 2 + y ** 2) < 1.0:
            acc += 1
    return 4.0 * acc / nsamples


def monte_carlo_pi_python(nsamples):
    acc = 0
    for i in range(nsamples):
        x = random.random()
        y = random.random()
        if (x ** 2 + y ** 2) < 1.0:
            acc += 1
    return 4.0 * acc / nsamples


@njit
def seed(s):
    random.seed(s)


seed(42)
for n in [10, 100, 1000, 10000, 100000, 1000000]:
    print(n, monte_carlo_pi(n))

# interleaved: each stream continues where it was
random.seed(42)
seed(42)
a1 = monte_carlo_pi(5000)
p1 = monte_carlo_pi_python(5000)
a2 = monte_carlo_pi(5000)
p2 = monte_carlo_pi_python(5000)
print(a1, a2, p1, p2)
seed(42)
b = monte_carlo_pi(10000)
random.seed(42)
q = monte_carlo_pi_python(10000)
print(b, abs(b - (a1 + a2) / 2) < 1e-12, q, abs(q - (p1 + p2) / 2) < 1e-12)


# a jitted caller: the callee draws from the same (jitted) state
@njit
def estimates(s, k, n):
    random.seed(s)
    total = 0.0
    for j in range(k):
        total += monte_carlo_pi(n)
    return total / k


print(estimates(1, 20, 5000))
seed(1)
print(sum(monte_carlo_pi(5000) for _ in range(20)) / 20)
