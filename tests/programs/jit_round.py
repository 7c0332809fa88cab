# round(x) and round(x, n) in traced loops: halves (to even), negative
# values, ndigits of both signs and far out of range, ints and bools,
# values past int64 (a big int from the interpreter), NaN and infinities
# (ValueError, OverflowError), an overflow of round(x, n), a type flip
# mid-loop and NumPy scalars

import numpy as np


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def halves(n):
    s = 0
    out = []
    for i in range(-n, n):
        k = round(i * 0.5)
        s += k
        out.append(k)
    return s, out[:9], out[-9:]


def nd(xs, d):
    s = 0.0
    out = []
    for x in xs:
        y = round(x, d)
        s += y
        out.append(y)
    return s, out[:5], out[-3:]


def flips(xs):
    s = 0
    for x in xs:
        s += round(x)
    return s


xs = [i / 7 - 20 for i in range(300)]
show("halves", lambda: halves(400))
show("nd2", lambda: nd(xs, 2))
show("nd0", lambda: nd(xs, 0))
show("nd-1", lambda: nd([x * 1000 for x in xs], -1))
show("nd400", lambda: nd(xs, 400))
show("nd-400", lambda: nd(xs, -400))
show("ndbig", lambda: nd(xs, 10 ** 30))
show("nd_overflow", lambda: nd([1e300] * 100 + [1.7e308], -308))
show("nd_inf", lambda: nd(xs + [float("inf"), 2.5], 1))
show("nd_nan", lambda: nd(xs + [float("nan"), 2.5], 1))
show("ints", lambda: flips(list(range(300)) + [True, 2 ** 70]))
show("big", lambda: flips([0.5 + i for i in range(300)] + [2.0 ** 63, 1.5, 9.3e18]))
show("nan", lambda: flips([0.5 + i for i in range(300)] + [float("nan")]))
show("inf", lambda: flips([0.5 + i for i in range(300)] + [float("-inf")]))
show("mixed", lambda: flips([2.5, 3, True, -0.5] * 80))
show("numpy", lambda: flips([np.float64(i + 0.5) for i in range(200)]))
