# str values in @njit code: arguments, literals, ==/</<= comparisons, len
# (code points), print, returned alone or in tuples.
import numpy as np
from numba import njit

@njit
def reduce(a, how):
    if how == "sum":
        return a.sum()
    elif how == "max":
        return a.max()
    return -1.0

@njit
def pick(flag):
    name = "héllo" if flag else "bye"
    return name, len(name), name == "bye", name != "bye", "abc" < "abd", "b" > "abc", "ab" <= "ab"

@njit
def echo(s, n):
    for i in range(n):
        print(s, i)
    return s

@njit
def tup(s):
    return (s, 1), len(s)

print(reduce(np.arange(4.0), "sum"), reduce(np.arange(4.0), "max"), reduce(np.arange(4.0), "min"))
print(pick(True), pick(False))
print(echo("x√y", 2))
print(tup("ünïcode"))
print(reduce.signatures)


@njit
def local_str(x):
    s = "hello"
    print(s, x)
    return x


local_str(1)
