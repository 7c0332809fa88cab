# generator.close() raises GeneratorExit at the suspended yield: finally
# blocks run, handlers see GeneratorExit, a generator that yields again is
# a RuntimeError, and other exceptions propagate out of close().
def counter(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", name)


g = counter("a", 5)
print(next(g), next(g))
g.close()
print("closed a")
print(list(g))
g.close()  # closing again does nothing

g = counter("b", 3)
g.close()  # never started: no finally
print("closed b before start")

g = counter("c", 2)
print(list(g))  # finishes normally: finally ran once
g.close()


def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
    finally:
        print("catcher finally")


g = catcher()
next(g)
g.close()


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return
    print("not reached")


g = swallow()
next(g)
print(g.close())


def stubborn(state):
    while True:
        try:
            yield "x"
        except GeneratorExit:
            if state["done"]:
                print("giving up")
                return
            print("ignoring GeneratorExit")


state = {"done": False}
g = stubborn(state)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g))  # still suspended
state["done"] = True
g.close()
print(list(g))


def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raiser()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
print(list(g))


def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


g = nested()
print(next(g))
g.close()


def with_state(log):
    total = 0
    try:
        while True:
            x = yield total
            total += 1
    finally:
        log.append(("closed at", total))


log = []
g = with_state(log)
next(g)
for _ in range(4):
    g.send(None)
g.close()
print(log)


gen = counter("d", 10)
for v in gen:
    if v == 2:
        break
gen.close()
print("after break", v)


def exc_ctx():
    try:
        yield 1
    finally:
        print("finally sees no active exception")


try:
    g = exc_ctx()
    next(g)
    raise KeyError("k")
except KeyError as e:
    g.close()
    print("handled", repr(e))
