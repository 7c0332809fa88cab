# try/except in @njit functions, as Numba 0.56 runs them: `except
# Exception:` and bare `except:` catch what the body raises (also from
# called @njit functions and helpers), locals keep what the body stored
# before the raise, else/finally run on their paths, return/break/continue
# leave a try body; an exception leaving an except block (or a try with
# only finally) is Numba's RERAISE AssertionError.
import numpy as np
from numba import njit


@njit
def check(x):
    if x > 2:
        raise ValueError("big")
    return x


@njit
def catch_call(x):
    try:
        y = check(x)
    except Exception:
        y = -1
    return y


@njit
def catch_bare(x):
    try:
        y = check(x)
    except:  # noqa: E722
        y = -2
    return y


@njit
def partial(x):
    y = 0
    try:
        y = 5
        if x > 2:
            raise ValueError("a")
        y = 1
    except Exception:
        y += 2
    else:
        y += 10
    return y


@njit
def with_finally(x):
    y = 0
    try:
        y = 5
        if x > 2:
            raise ValueError("a")
        y = 1
    except Exception:
        y += 2
    finally:
        y += 100
    return y


@njit
def loop_break(n):
    y = 0
    for i in range(n):
        try:
            if i == 3:
                raise ValueError("a")
            y += i
        except Exception:
            y += 100
            break
    return y


@njit
def loop_continue(n):
    y = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            y += check(i % 5)
        except Exception:
            y -= 1000
    return y


@njit
def ret_in_try(x):
    try:
        return 1 // (x - 1)
    except Exception:
        return -1


@njit
def nested(x):
    y = 1
    try:
        try:
            if x > 2:
                raise ValueError("a")
        except Exception:
            y = 7
            raise ValueError("c")
    except Exception:
        y += 1
    return y


@njit
def while_until_error(x):
    s = 0
    while True:
        try:
            s += check(x)
            x += 1
        except Exception:
            break
    return s


@njit
def arrays(n):
    a = np.zeros(n)
    total = 0.0
    for i in range(n):
        try:
            a[i] = i * 1.5
            if i % 2:
                raise IndexError("odd")
            total += a[i]
        except Exception:
            a[i] = -a[i]
    return total, a


@njit
def zero_div(x, y):
    try:
        r = x % y
    except Exception:
        r = -7
    return r


@njit
def reraise_from_except(x):
    try:
        y = check(x)
    except Exception:
        y = check(x + 10)
    return y


@njit
def only_finally(x):
    y = 0
    try:
        y = check(x)
    finally:
        y += 1
    return y


@njit
def else_raises(x):
    try:
        y = check(x)
    except Exception:
        y = -1
    else:
        y = check(x + 10)
    return y


print(catch_call(1), catch_call(5), catch_bare(1), catch_bare(5))
print(partial(1), partial(5), with_finally(1), with_finally(5))
print(loop_break(1), loop_break(10), loop_continue(12))
print(ret_in_try(1), ret_in_try(5), nested(1), nested(5))
print(while_until_error(0), while_until_error(7))
print(arrays(5))
print(zero_div(7, 2), zero_div(7, 0))
for fn, arg in ((reraise_from_except, 1), (reraise_from_except, 5), (only_finally, 1), (only_finally, 5),
                (else_raises, 5), (else_raises, 1)):
    try:
        print(fn(arg))
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
