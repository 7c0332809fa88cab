# math.hypot in a traced loop is CPython's algorithm too (not libm's hypot)
import math, random
random.seed(4)
xs = [random.uniform(-3, 3) for _ in range(4000)]
ys = [random.uniform(-3, 3) for _ in range(4000)]
def f(xs, ys):
    t = []
    for i in range(len(xs)):
        t.append(math.hypot(xs[i], ys[i]))
    return t
r = f(xs, ys)
print([repr(v) for v in r[::97]])
print(sum(r))
