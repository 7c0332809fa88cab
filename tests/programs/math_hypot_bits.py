# math.hypot and math.dist with CPython 3.11's own algorithm (scaled,
# compensated sum of exactly split squares, one correction of the square
# root): the last bit agrees with CPython, which libm's hypot does not in
# about one case in ten. Normal-range values (subnormal results may still
# differ in rare cases).
import math
import random

random.seed(11)
out = []
for k in range(6000):
    mag = random.choice([1e-300, 1e-200, 1e-20, 1e-3, 1.0, 3.0, 1e5, 1e20, 1e150, 1e300])
    n = random.choice([2, 2, 2, 3, 4, 7])
    vals = [random.uniform(-mag, mag) for _ in range(n)]
    out.append(math.hypot(*vals))
    if n == 4:
        out.append(math.dist(vals[:2], vals[2:]))
print(len(out))
for x in out[:3000:7]:
    print(repr(x))
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan),
      math.hypot(), math.hypot(-2.5), math.hypot(0.0, -0.0), math.dist((1, 2, 3), (4, 6, 3)))
