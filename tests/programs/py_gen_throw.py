# generator.throw(): raised at the yield, handled there or propagated; forwarded
# through yield from to the subgenerator (and close() likewise).
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    except ValueError as e:
        print("outer caught", e)
        yield "outer-recovered"
o = outer()
print(next(o))
print(o.throw(KeyError("k")))
print(next(o))
print(next(o, "end"))
o = outer(); next(o)
print(o.throw(ValueError("v")))
o = outer(); next(o)
o.close()
print("closed")
def plain():
    r = yield from [1, 2, 3]
    yield r
p = plain(); next(p)
try:
    p.throw(IndexError("ix"))
except IndexError as e:
    print("propagated", e)
g = inner()
try:
    g.throw(TypeError, "t")
except TypeError as e:
    print("unstarted", e, g.send(None) if False else "done")
try:
    next(g)
except StopIteration:
    print("finished")
def ender():
    try:
        yield 1
    except RuntimeError:
        return 99
e = ender(); next(e)
try:
    e.throw(RuntimeError)
except StopIteration as s:
    print("stop", s.value)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = catches_exit(); next(c)
try:
    c.close()
except RuntimeError as x:
    print("RuntimeError", x)
