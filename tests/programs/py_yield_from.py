# yield from (PEP 380): values sent in reach the subgenerator, its return
# value is the expression's and StopIteration.value; plain iterators too.
def g():
    x = yield 1
    y = yield x + 1
    return x * 2 + y
def h():
    r = yield from g()
    print("r", r)
    r2 = yield from [7, 8]
    print("r2", r2)
    return "done"
it = h()
print(next(it))
print(it.send(21))
print(it.send(5))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
try:
    next(it)
except StopIteration as e:
    print("stop again", e.value)
def inner():
    yield 1
    return 10
def outer():
    total = 0
    for _ in range(3):
        total += yield from inner()
    return total
print(list(outer()))
o = outer()
for v in o:
    pass
def chain(*its):
    for i in its:
        yield from i
print(list(chain(range(3), "ab", (x * x for x in range(3)))))
def bad():
    yield from iter([1, 2])
b = bad(); next(b)
try:
    b.send(3)
except AttributeError as e:
    print("AttributeError", e)
def gen_ret():
    return 5
    yield
gr = gen_ret()
try:
    gr.send(None)
except StopIteration as e:
    print("ret", e.value, e.args)
def fresh():
    yield from g()
f = fresh()
try:
    f.send(1)
except TypeError as e:
    print("TypeError", e)
def inner(n):
    for i in range(n):
        yield i
    return n
def outer(m):
    t = 0
    for k in range(m):
        t += yield from inner(k % 5)
    return t
s = 0
for v in outer(3000):
    s += v
print(s)
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def driver():
    r = yield from acc()
    return r
d = driver(); next(d)
for i in range(2000):
    d.send(i)
try:
    d.send(None)
except StopIteration as e:
    print(e.value)
