# abs(z) compared with a real number in a traced loop: num_hypot_cmp
# decides by x*x + y*y away from the boundary and by hypot near it; the
# hypot itself is computed only at the exits that store it (sinking). The
# answers must be those of hypot, for values within an ulp of the radius,
# infinities, NaNs and huge or tiny values, in both tiers.
import math


def counts(z, k, one, n):
    # z * one is z exactly (one = 1+0j, z finite): the loop keeps z unboxed
    lt = le = gt = ge = 0
    w = 0j
    for i in range(n):
        w = z * one
        if abs(w) < k:
            lt += 1
        if abs(w) <= k:
            le += 1
        if abs(w) > k:
            gt += 1
        if k <= abs(w):
            ge += 1
    return lt * 1000 + le * 100 + gt * 10 + ge


def escape(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z * z + c
        if abs(z) > 2:
            return i
    return max_iter


def last_abs(z, k, step, n):
    # the abs value itself leaves the loop (an exit stores it)
    a = -1.0
    for i in range(n):
        z = z * step
        a = abs(z)
        if a > k:
            break
    return a


def near(radius, n):
    out = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = radius * math.cos(t), radius * math.sin(t)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                out.append(complex(x + dx * math.ulp(x), y + dy * math.ulp(y)))
    return out


zs = near(2.0, 60) + near(1e-3, 10) + near(3e150, 6) + near(1e-160, 6)
zs += [complex(2, 0), complex(0, -2), complex(1e300, 1e300), complex(5e-324, 0), 0j]
one = 1 + 0j
for k in (2.0, 2, 1e-3, 3e150, 1e-160, 0.0, -1.0, math.inf, math.nan):
    print(k, sum(counts(z, k, one, 60) for z in zs))
for z in (complex(math.inf, 1), complex(math.nan, 1), complex(1, -math.inf)):
    print(z, counts(z, 2.0, one, 60), counts(z, math.nan, one, 60))
print(sum(escape(complex(-2 + 3 * i / 97, -1.5 + 3 * j / 89), 100) for i in range(97) for j in range(89)))
print(last_abs(0.001 + 0.001j, 2.0, 1.01 + 0.01j, 2000), last_abs(1 + 1j, 1e300, 1.5 + 0j, 3000))
