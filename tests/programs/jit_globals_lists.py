# Module-level loops (globals read and written every iteration), list reads
# and writes, len, for-over-list and for-over-tuple, and math calls.
import math
from math import sqrt

s = 0.0
for i in range(20000):
    s += i * 0.5
print(s, i)

total = 0
count = 0
while count < 5000:
    total += count % 7
    count += 1
print(total, count)

xs = [0.001 * k for k in range(3000)]
acc = 0.0
for x in xs:
    acc += x * x
print(acc)

def scale(v, f):
    for k in range(len(v)):
        v[k] = v[k] * f + k
    return v[-1], v[0], len(v)
print(scale(list(range(500)), 3))
print(scale([0.5] * 400, 0.25))

def norms(v):
    a = 0.0
    b = 0.0
    for t in v:
        a += math.sqrt(abs(t)) + math.fabs(t)
        b = max(b, math.exp(-t * t)) + min(t, 0.5) + sqrt(2.0)
        b -= math.floor(t) + math.ceil(-t)
    return a, b
print(norms(tuple(0.01 * k - 3 for k in range(600))))

def trig(n):
    t = 0.0
    for i in range(n):
        x = i * 0.01
        t += math.sin(x) * math.cos(x) - math.atan2(x, 1.5) + math.log(x + 1.0) + math.hypot(x, 2.0)
    return t
print(trig(2000))

def ints_floats(n):
    a = 0
    f = 0.0
    for i in range(n):
        a += int(i * 0.7) + abs(i - 500)
        f += float(i) / 3 + (i < f) - (f >= 2.5e5)
    return a, f
print(ints_floats(3000))
