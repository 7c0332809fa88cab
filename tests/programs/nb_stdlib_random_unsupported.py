# What Numba 0.56 does not compile from the stdlib's random module stays a
# TypingError at the call's line: choice, sample, choices and Random are
# not among its functions; gauss wants both arguments (CPython 3.11's
# defaults are not in its signature), seed one; shuffle takes an array,
# not a list; random() takes no size. Each error names the file and line.
import random
import numpy as np
from numba import njit


@njit
def choice(a):
    return random.choice(a)


@njit
def sample(a):
    return random.sample(a, 2)


@njit
def choices(a):
    return random.choices(a)


@njit
def instance():
    return random.Random(1).random()


@njit
def gauss_defaults():
    return random.gauss()


@njit
def gauss_one():
    return random.gauss(1.0)


@njit
def seed_none():
    random.seed()


@njit
def shuffle_list(lst):
    random.shuffle(lst)


@njit
def random_size():
    return random.random(3)


cases = [(choice, (np.arange(5),), 13, "Unknown attribute 'choice'"),
         (sample, (np.arange(5),), 18, "Unknown attribute 'sample'"),
         (choices, (np.arange(5),), 23, "Unknown attribute 'choices'"),
         (instance, (), 28, "Unknown attribute 'Random'"),
         (gauss_defaults, (), 33, ">>> gauss()"),
         (gauss_one, (), 38, ">>> gauss(float64)"),
         (seed_none, (), 43, ">>> seed()"),
         (shuffle_list, ([3, 1, 2],), 48, ">>> shuffle("),
         (random_size, (), 53, ">>> random(")]
for f, args, line, phrase in cases:
    try:
        f(*args)
        print(f.py_func.__name__, "compiled")
    except Exception as e:
        msg = str(e)
        where = 'File "nb_stdlib_random_unsupported.py", line %d:' % line
        print(f.py_func.__name__, type(e).__name__, phrase in msg, where in msg)
