# A generator's finally blocks run when it is closed: by close(), by leaving
# a `for x in gen():` loop early (break, return, an exception: CPython drops
# the loop's iterator there), and at exit for one left suspended.


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("fin", name)


g = gen("close")
print(next(g))
g.close()
print("after close", g.close())

for x in gen("break"):
    print("got", x)
    break
print("after break")


def first():
    for x in gen("return"):
        return x


print("first", first())


def nested():
    try:
        for x in gen("nested"):
            try:
                return x
            finally:
                print("inner finally")
    finally:
        print("outer finally")


print("nested", nested())

try:
    for x in gen("raise here"):
        raise ValueError("v")
except ValueError:
    print("caught")


def raiser():
    for x in gen("raise out"):
        raise KeyError("k")


try:
    raiser()
except KeyError:
    print("caught out")

for i in range(2):
    for x in gen("inner %d" % i):
        for y in gen("innermost %d" % i):
            break
        print("between", i)
        break
for x in gen("exhausted"):
    pass
for x in gen("else"):
    if x > 5:
        break
else:
    print("loop else")


def delegating():
    yield from gen("yield from")


for x in delegating():
    break
print("after yield from")


def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")
            break
    print("ignored")


for x in ignores():
    break
print("after ignores")


def local_loop():
    # the iterator of a loop in a generator frame: closed with that frame
    for x in gen("in generator"):
        yield x


lg = local_loop()
print(next(lg))
lg.close()
print("after close of outer")

kept = gen("left suspended")
print(next(kept))
print("end")
