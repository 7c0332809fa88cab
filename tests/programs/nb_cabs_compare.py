# abs(z) compared with a real number in @njit code: decided by x*x + y*y
# away from the boundary and by hypot near it (lower.c, nb_hypot_cmp).
# The counts must be those of hypot itself, also for values within an ulp
# of the radius, infinities, NaNs, overflow and underflow.
import math
import numpy as np
from numba import njit


@njit
def counts(zs, k):
    lt = le = gt = ge = 0
    for z in zs:
        if abs(z) < k:
            lt += 1
        if abs(z) <= k:
            le += 1
        if abs(z) > k:
            gt += 1
        if k <= abs(z):
            ge += 1
    return lt, le, gt, ge


@njit
def escape(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z * z + c
        if abs(z) > 2:
            return i
    return max_iter


def near(radius, n):
    out = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = radius * math.cos(t), radius * math.sin(t)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                out.append(complex(x + dx * math.ulp(x), y + dy * math.ulp(y)))
    return out


zs = near(2.0, 500) + near(1e-3, 50) + near(3e150, 20) + near(1e-160, 20)
zs += [complex(2, 0), complex(0, -2), complex(math.inf, math.nan), complex(math.nan, 1), complex(1e308, 1e308),
       complex(5e-324, 0), 0j]
arr = np.array(zs)
for k in (2.0, 2, 1e-3, 3e150, 1e-160, 0.0, -1.0, math.inf, math.nan, 1.5):
    print(k, counts(arr, k))
print(sum(escape(complex(-2 + 3 * i / 97, -1.5 + 3 * j / 89), 100) for i in range(97) for j in range(89)))
