# generator.send(v) is the value of the yield expression the generator waits
# at; a StopIteration leaving a generator becomes RuntimeError (PEP 479).
def s():
    raise StopIteration
    yield
try:
    print(list(s()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def firsts(its):
    for it in its:
        yield next(it)
try:
    print(list(firsts([iter([1]), iter([])])))
except RuntimeError as e:
    print("RuntimeError", e)
def ok():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(ok()))
def g():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    yield x, y
it = g()
print(next(it), it.send("hi"), it.send(5))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
a = acc()
next(a)
for i in range(5):
    print(a.send(i), end=" ")
print()
try:
    a.send(None)
except StopIteration:
    print("done")
