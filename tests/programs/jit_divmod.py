# q, r = divmod(x, y) in traced loops: ints of both signs, floats (signed
# zeros, infinities, NaN), ints with floats, bools, a zero divisor and
# INT64_MIN // -1 mid-loop, operands changing type, NumPy scalars, and a
# result kept whole or indexed (a real tuple)

import numpy as np


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def ints(n, d):
    s = 0
    for i in range(-n, n):
        q, r = divmod(i * 7919, d)
        s += q * 3 + r
    return s


def floats(xs, d):
    out = []
    for x in xs:
        q, r = divmod(x, d)
        out.append((q, r))
    return out[:3], out[-3:], sum(q for q, r in out), sum(r for q, r in out)


def digits(n):
    s = 0
    for i in range(n):
        k = i * 12345
        while k:
            k, r = divmod(k, 10)
            s += r
    return s


def zero_mid(n):
    s = 0
    for i in range(n):
        q, r = divmod(1000, n // 2 - i)
        s += q + r
    return s


def min_mid(xs):
    out = []
    for x in xs:
        q, r = divmod(x, -1)
        out.append(q)
    return out[-2:]


def type_flip(xs, ys):
    s = 0
    for i in range(len(xs)):
        q, r = divmod(xs[i], ys[i])
        s += q - r
    return s


def whole(n):
    ts = []
    for i in range(1, n):
        t = divmod(n, i)
        ts.append(t)
    a = 0
    for i in range(1, n):
        a += divmod(n * 3, i)[1]
    return ts[-3:], a


specials = [5.5, -5.5, 0.0, -0.0, 1e300, -1e-300, float("inf"), float("nan"), 7.0] * 40
show("ints+", lambda: ints(500, 37))
show("ints-", lambda: ints(500, -37))
show("floats+", lambda: floats(specials, 2.5))
show("floats-", lambda: floats(specials, -0.75))
show("floats_inf", lambda: floats(specials[:8] * 30, float("inf")))
show("int_by_float", lambda: floats(list(range(-300, 300)), 0.3))
show("digits", lambda: digits(300))
show("zero_mid", lambda: zero_mid(400))
show("min_mid", lambda: min_mid([5] * 200 + [-2 ** 63]))
show("flip", lambda: type_flip(list(range(300)) + [2.5, 7, True], [7] * 300 + [2, 2.5, 3]))
show("bools", lambda: type_flip([True, False, 3] * 100, [True, 2, -1] * 100))
show("numpy", lambda: type_flip([np.int64(i) for i in range(200)], [7] * 200))
show("whole", lambda: whole(400))
