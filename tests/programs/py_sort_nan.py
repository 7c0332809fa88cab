# list.sort is CPython's timsort comparison for comparison: lists holding NaN
# (where < is no order) sort exactly as in CPython, with key= and reverse=.
import random, math
random.seed(12345)
out = []
for trial in range(150):
    n = random.choice([0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 200, 500, 1000, 1500])
    kind = trial % 5
    if kind == 0:
        l = [random.random() if random.random() > 0.1 else math.nan for _ in range(n)]
    elif kind == 1:
        l = [float(random.randint(0, 20)) if random.random() > 0.2 else math.nan for _ in range(n)]
    elif kind == 2:
        base = sorted(random.random() for _ in range(n))
        l = [x if random.random() > 0.05 else math.nan for x in base]
        if trial % 2: l.reverse()
    elif kind == 3:
        l = [random.randint(0, 50) for _ in range(n)]
    else:
        l = [(random.randint(0, 5), random.random() if random.random() > 0.1 else math.nan) for _ in range(n)]
    r = sorted(l)
    r2 = sorted(l, reverse=True)
    r3 = sorted(range(n), key=lambda i: l[i] if kind != 4 else l[i][1])
    h = 0
    for seq in (r, r2):
        for x in seq:
            h = (h * 1000003 + sum(map(ord, str(x)))) % (1 << 61)
    for x in r3:
        h = (h * 1000003 + x) % (1 << 61)
    out.append(h)
print(out[:5], sum(out) % 1000000007)
import math
print(sorted([3.0, math.nan, 1.0] * 30)[:12])
print(sorted([math.nan, 2.0, 1.0, math.nan, 0.5] * 20, reverse=True)[:12])
