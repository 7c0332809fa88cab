# Unpacking in traced loops: tuples and lists of the right length (type and
# length guards, item loads), mixed kinds, swaps, and a wrong length (ValueError).
pairs = [(i, i * 0.5) for i in range(200000)]
lists = [[i, i + 1, i + 2] for i in range(200000)]
def f(p):
    s = 0.0
    for a, b in p:
        s += a * b
    return s
def g(p):
    t = 0
    for x, y, z in p:
        t += x - y + z
    return t
def h(n):
    s = 0.0
    for i in range(n):
        a, b = i, i * 0.5
        b, a = a, b
        s += a - b
    return s
for fn, arg in ((f, pairs), (g, lists), (h, 200000)):
    for k in range(3):
        r = fn(arg)
    print(fn.__name__, r)
mixed = [(1, 2.5), (3, None), (4.5, "x"), (True, 2)]
def m(p):
    out = []
    for a, b in p:
        out.append((b, a))
    return out
for k in range(100):
    r = m(mixed * 20)
print(r[:4])
bad = [(1, 2)] * 100 + [(1, 2, 3)]
try:
    f(bad)
except ValueError as e:
    print("ValueError", e)
