# The arguments of an exception raised in @njit code: Numba's constant
# inference takes literals, locals bound once to a constant (also through
# another local) and globals holding a str, a number, a bool or None; a
# parameter or a local bound twice is its ConstantInferenceError.
from numba import njit
from numba.core.errors import ConstantInferenceError

MSG = "global message"
LIMIT = 7
RATE = 0.25


@njit
def local_msg(x):
    msg = "local message"
    if x > 0:
        raise ValueError(msg)
    return x


@njit
def global_args(x):
    if x > LIMIT:
        raise ValueError(MSG, LIMIT, RATE, None, True)
    return x


@njit
def chained(x):
    m = "chained"
    n = m
    if x > 0:
        raise KeyError(n, -2.5)
    return x


@njit
def asserted(x):
    assert x < 0, MSG
    return x


@njit
def from_param(x):
    if x > 0:
        raise ValueError("bad", x)
    return x


@njit
def two_defs(x):
    msg = "a"
    if x > 2:
        msg = "b"
    if x > 0:
        raise ValueError(msg)
    return x


for f, arg in ((local_msg, 1), (local_msg, -1), (global_args, 9), (global_args, 3), (chained, 1), (asserted, 1),
               (from_param, 1), (two_defs, 1)):
    try:
        print(f(arg))
    except ConstantInferenceError as e:
        print("ConstantInferenceError", str(e).split("\n")[:2])
    except Exception as e:
        print(type(e).__name__, e)
