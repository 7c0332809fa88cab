# Dict errors in @njit: a Python dict argument, a dict never stored into,
# lists as dict values (Numba forbids them); arrays as values work.
import numpy as np
from numba import njit

@njit
def arg_dict(d):
    return len(d)

@njit
def undefined():
    d = {}
    return len(d)

@njit
def nested(n):
    d = {}
    for i in range(n):
        d[i] = [i, i * 2]
    d[0].append(7)
    return d[0], len(d[1])

@njit
def arrays(n):
    d = {}
    for i in range(n):
        d[i] = np.full(2, i * 1.5)
    return d[n - 1].sum()

print(arrays(4))
try:
    nested(3)
except Exception as e:
    print(type(e).__name__)
for f, a in ((arg_dict, ({1: 2},)), (undefined, ())):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__)
