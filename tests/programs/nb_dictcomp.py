# Dict comprehensions inside @njit code (any fors and ifs): typed dicts
# filled in the comprehension's loops, as Numba 0.56 builds them.
from numba import njit
import numpy as np
@njit
def g4(n): return {i: i * i for i in range(n)}
print(g4(3))
@njit
def g5(words): 
    d = {w: len(w) for w in words if w != "b"}
    return d, {(i, j): i * j for i in range(3) for j in range(i)}
print(g5(["a", "bb", "b", "ccc"]))
@njit
def g6(a):
    return {i: v for i, v in enumerate(a)}
print(g6(np.array([1.5, 2.5])))
