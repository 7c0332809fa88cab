# Trace trees: clip-style sides that assign a constant to a register the
# root shares with a temporary (x = float(a[i])); they must continue the
# loop with x and the temporary as separate values. Also a NumPy-scalar
# clip (x = a[i] is a float64 scalar, the sides make it a Python float:
# the side leaves at the loop header, types must come out right).
import numpy as np


def clip_float(a, out):
    for i in range(len(a)):
        x = float(a[i])
        if x > 1.0:
            x = 1.0
        elif x < -1.0:
            x = -1.0
        out[i] = x
    return x


def clip_np(a, out):
    for i in range(len(a)):
        x = a[i]
        if x > 1.0:
            x = 1.0
        elif x < -1.0:
            x = -1.0
        out[i] = x
    return x


def clip_list(xs):
    out = []
    t = 0.0
    for v in xs:
        y = v
        if y > 0.5:
            y = 0.5
        t += y
    return t, y


a = np.array([((i * 7919) % 1000) / 250.0 - 2.0 for i in range(5000)])
out = np.zeros(5000)
r = clip_float(a, out)
print(r, type(r).__name__, out.sum(), out[:7])
r = clip_np(a, out)
print(r, type(r).__name__, out.sum(), out[-7:])
b = np.zeros(5001)
b[:5000] = a[::-1]
b[5000] = 0.25
out = np.zeros(5001)
r = clip_np(b, out)
print(r, type(r).__name__, out.sum())
print(clip_list([((i * 31) % 17) / 16.0 for i in range(3000)]))
