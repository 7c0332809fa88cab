# Assignment expressions (PEP 572): in conditions, while loops, comprehensions
# (binding in the enclosing scope), generator expressions (nonlocal/global),
# and an expression that reads the old value of the name it rebinds.
x = 1
y = x + (x := 5)
print(x, y)
def f():
    a = 2
    b = a + (a := 10) + a
    c = 0
    c += (c := 7)
    return a, b, c
print(f())
data = [1, 2, 3, 4, 5]
print([w for v in data if (w := v * 2) > 4], w)
print([y := 5, y ** 2])
def g():
    total = 0
    vals = [(total := total + v) for v in range(5)]
    return vals, total
print(g())
def h():
    found = None
    if any((found := v) > 2 for v in [1, 3, 5]):
        return found
    return -1
print(h())
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
def k():
    n = 0
    gen = ((n := n + 1) for _ in range(3))
    lst = list(gen)
    return lst, n
print(k())
def outer():
    def inner():
        return [(q := i) for i in range(3)], q
    return inner()
print(outer())
line_iter = iter(['a', 'bb', ''])
out = []
while (line := next(line_iter)):
    out.append(line)
print(out, repr(line))
if (n := len(out)) > 1:
    print('n', n)
print((z := 3) * z, z)
def cl():
    v = 0
    def r():
        return v
    res = [(v := i) for i in range(4)]
    return res, v, r()
print(cl())
for i in range(3):
    if (sq := i * i) > 1: print('sq', sq)
def loop(n):
    acc = 0
    for i in range(n):
        acc += (t := i % 7) * t
    return acc, t
print(loop(1000))
print({(k2 := c): k2 * 2 for c in 'ab'} if False else 0)
print(f'{(fz := 4)}', fz)
lam = lambda: (lz := 9)
print(lam())
