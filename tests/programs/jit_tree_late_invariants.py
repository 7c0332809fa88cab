# Trace trees whose sides are entered from the pre-roll (the first
# iteration takes the branch): such a side skips the rest of the pre-roll,
# so it computes again the invariants the body reuses from there
# (opt_loop.c copy_late) -- array headers, globals, lengths -- and exits at
# the loop header where one of their guards fails.
import numpy as np

K = 3.0


def clip_scale(xs, out):
    for i in range(len(xs)):
        v = xs[i]
        if v > 0.5:
            v = 0.5
        elif v < -0.5:
            v = -0.5
        out[i] = v * K + len(out)
    return out


def clip_ret(x, y):
    r = x + y
    if r > 1.0:
        return 1.0
    elif r < -1.0:
        return -1.0
    return r


def apply(x, y, out):
    for i in range(len(x)):
        out[i] = clip_ret(x[i], y[i])
    return out


def two_arrays(a, b, n):
    s = 0.0
    for i in range(n):
        t = a[i]
        if t > 0.3:
            t = t * 2.0
        s += t * b[i % 7]
    return s


n = 3000
x = ((np.arange(n) * 7919 % 10007) / 10007.0) * 2.0 - 0.5
y = ((np.arange(n) * 104729 % 10009) / 10009.0) * 2.0 - 1.0
x[0] = 2.0  # the first iteration takes a side
for rep in range(4):
    o = clip_scale(x, np.zeros(n))
    print(rep, o.sum(), o[:3])
    o2 = apply(x, y, np.empty(n))
    print(rep, o2.sum(), o2[:3])
# other arrays, other lengths, then other kinds: the copies' guards exit
print(clip_scale(x[:1000], np.zeros(1000)).sum())
print(clip_scale(x, np.zeros(n, dtype=np.float32)).sum())
print(clip_scale(list(x[:50]), [0.0] * 50)[:4])
K = 2
print(clip_scale(x, np.zeros(n)).sum())
b = np.arange(7.0)
print(two_arrays(x, b, n), two_arrays(x[::-1].copy(), b * 0.5, n))
print(two_arrays(x, np.arange(7), n))
