# Strings made in @njit code: concatenation, indexing and slicing by code
# point (steps too), substring tests, a string grown in a loop.
from numba import njit
@njit
def ops(s, t):
    u = s + "-" + t
    return u, len(u), u[0], u[-1], u[1:4], u[::-1], u[::2], "b-" in u, "zz" in u, s[1:], t[:0]
print(ops("abc", "def"))
print(ops("héllo", "wörld"))
@njit
def idx(s, i):
    return s[i]
for i in (0, 4, -5, 5, -6):
    try:
        print(idx("héllo", i))
    except IndexError as e:
        print("IndexError", e)
@njit
def build(n):
    s = ""
    for i in range(n):
        s = s + "ab"[i % 2]
    return s
print(build(7))
