# Calls in hot loops that are not inlined (generators, callees with loops
# or *args, C functions and methods) keep the loop interpreted or are
# recorded as built-ins; closures and module functions (mod.f(x)) are
# inlined; scalar built-ins (abs, min, max, float, int, len) are recorded.
import math
import mod_util
import mod_geometry as geo


def gen(n):
    for k in range(n):
        yield k * k


def make_adder(k):
    def add(x):
        return x + k
    return add


def summing(n):
    t = 0
    for k in range(n):
        t += k
    return t


def star(*xs):
    return len(xs)


def collect(out, x):
    out.append(x)
    return x


def scalars(x, y):
    return abs(x - y) + min(x, y) + max(x, y, 0.5) + float(int(x * 3.7)) + len((x, y))


def run(n):
    s = 0
    for i in range(n):
        s += sum(gen(i % 5))
    print("generator", s)
    add3 = make_adder(3)
    s = 0
    for i in range(n):
        s += add3(i)
    print("closure", s)
    s = 0
    for i in range(n):
        s += summing(i % 7)
    print("inner loop", s)
    s = 0
    for i in range(n):
        s += star(i, i, i)
    print("star", s)
    out = []
    s = 0
    for i in range(n):
        s += collect(out, i)
    print("method", s, len(out))
    s = 0.0
    for i in range(n):
        s += scalars(i * 0.5, 100.25 - i)
    print("builtins", s)
    s = 0.0
    for i in range(n):
        s += mod_util.clamp(i * 0.1, 5.0, 50.0) + mod_util.double_area(i, 2) + geo.area_rect(i, 3)
    print("module", s)
    s = 0.0
    t = 0
    nan = float("nan")
    kinds = []
    for i in range(n):
        x = i * 0.5
        lo = min(i, 250.5)
        hi = max(x, 7, True)
        s += abs(x - 100) + lo + hi + float(i) + int(x) + len("abc") + max(i % 3 == 0, 0.5)
        t += abs(i - 50) + min(i, 7) + max(i, 3) + int(i)
        if i % 97 == 0:
            kinds.append(type(lo).__name__ + type(hi).__name__)
        m = min(nan, i) if i % 2 else max(i, nan)
        if m == m:
            t += 1
    print("scalar builtins", s, t, kinds)
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.floor(i * 0.3) + math.hypot(i, 2.0)
    print("math", s)


run(1000)
run(4)
