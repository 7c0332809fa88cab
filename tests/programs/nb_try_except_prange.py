# try/except reached from prange chunks: in a function the body calls
# (caught on the chunk's thread) and in the body itself (Numba then keeps
# the loop serial). (An exception escaping a prange chunk is lost in Numba
# 0.56, which leaves the element unset; streak raises it after the loop.)
import numpy as np
from numba import njit, prange


@njit
def check(x):
    if x % 7 == 3:
        raise ValueError("bad")
    return x * 0.5


@njit
def safe(x):
    try:
        return check(x)
    except Exception:
        return -1.0


@njit(parallel=True)
def par_call(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = safe(i)
    return out


@njit(parallel=True)
def par_body(n):
    out = np.empty(n)
    for i in prange(n):
        try:
            out[i] = check(i)
        except Exception:
            out[i] = -2.0
    return out


r = par_call(20000)
print(r[:10], r.sum())
r = par_body(20000)
print(r[:10], r.sum())
