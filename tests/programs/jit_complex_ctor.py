# complex(re, im) and complex(x) of real numbers inside traced loops
import numpy as np


def build(n):
    t = 0j
    for k in range(n):
        t = t + complex(k, -k) + complex(k * 0.5) + complex(True, 2)
    return t


def signs(n):
    out = []
    z = 0j
    for k in range(n):
        z = complex(-0.0, k - n // 2 * 1.0) * complex(0.0, -0.0)
    out.append(z)
    return out


def mixed(a):
    s = 0j
    for i in range(a.shape[0]):
        s = s + complex(a[i], i) * complex(np.float64(0.5), False)
    return s


def unit(n):
    acc = 0.0
    for k in range(n):
        c = complex(k % 7 - 3)
        acc += abs(c * c + 1)
    return acc


print(build(300))
print(signs(100))
print(mixed(np.linspace(0.0, 1.0, 200)))
print(unit(500))
