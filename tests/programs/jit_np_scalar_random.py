# Random draws inside hot loops share the interpreter's generators: the
# same numbers in the same order whether a draw ran compiled or not
# (np.random's legacy MT19937 with the cached polar Gaussian, and the
# random module's own MT19937).
# outcmp: exact
import random

import numpy as np


def mc_pi(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def draws(n, lo, hi):
    s = 0.0
    t = 0.0
    for i in range(n):
        s += np.random.rand() + np.random.random_sample() + np.random.uniform(lo, hi)
        t += np.random.randn() + np.random.standard_normal() + np.random.normal(3, 0.5)
        s += np.random.uniform() + np.random.uniform(2) + np.random.normal()
    return s, t


def fill(out, k):
    for i in range(len(out)):
        out[i] = np.random.normal(k[i], 2.0) if i % 3 else np.random.uniform(-k[i], k[i])


def py_draws(n):
    s = 0.0
    for i in range(n):
        s += random.random() * 2.0 + random.uniform(-1.5, 4.0)
    return s


def mixed(n):
    # the two generators interleaved, and a Gaussian pair split across
    # interpreted and compiled draws
    acc = 0.0
    for i in range(n):
        acc = acc * 0.5 + np.random.randn() - random.random()
    return acc


np.random.seed(42)
print(mc_pi(20000), np.random.random())
np.random.seed(7)
print(draws(300, -1.0, 2.5))
print(np.random.randn(), np.random.random())
out = np.zeros(200)
fill(out, np.arange(200) * 0.25 + 1.0)
print(out[:12].tolist(), repr(out.sum()))
random.seed(123)
print(repr(py_draws(500)), random.random())
np.random.seed(1)
random.seed(2)
print(np.random.randn())
print(repr(mixed(301)), np.random.randn(), random.random())
print(repr(mixed(2)), np.random.randn())
# a parameter that raises stops the loop in the interpreter, between draws
def normals(out, scales):
    for i in range(len(out)):
        out[i] = np.random.normal(0.0, scales[i])


np.random.seed(3)
scales = np.ones(200)
scales[120] = -1.0
got = np.zeros(200)
try:
    normals(got, scales)
except ValueError as e:
    print("ValueError:", e)
print(repr(got[119]), got[120], np.random.random())
