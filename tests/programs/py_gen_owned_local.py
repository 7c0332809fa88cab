# A generator held only by a function's local (assigned from the call, used
# only by for/next/send/close/del) is closed when the local drops it, as
# CPython's reference count does: at return, reassignment or del. Left to
# exit: one kept by an exception's traceback (CPython: when the handler
# ends), and every one that escapes the frame.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("fin", name)

def local_for():
    it = gen("local for")
    for x in it:
        break
    print("after loop")
    return x
print(local_for())

def local_next():
    it = gen("local next")
    v = next(it)
    print("got", v)
print(local_next())

def reassign():
    it = gen("first")
    next(it)
    it = gen("second")
    next(it)
    print("reassigned")
reassign()

def deleted():
    it = gen("deleted")
    next(it)
    del it
    print("after del")
deleted()

def handled():
    it = gen("handled")
    next(it)
    try:
        raise KeyError
    except KeyError:
        print("handled inside")
    return 1
print(handled())

saved = []
def escapes():
    it = gen("escapes")
    next(it)
    saved.append(it)
    print("stored")
escapes()
print("saved", len(saved))
saved[0].close()

def returned():
    it = gen("returned")
    next(it)
    return it
r = returned()
print("returned gen", next(r))
r.close()

def closure():
    it = gen("closure")
    next(it)
    def use(): return it
    return use
u = closure()
print("closure made")
u().close()

def send_close():
    it = gen("send")
    it.send(None)
    it.send(1)
    print("sent")
send_close()

def in_generator():
    it = gen("in gen")
    yield next(it)
    yield 5
ig = in_generator()
print(next(ig))
ig.close()
print("closed ig")

def twice():
    for i in range(2):
        it = gen("loop %d" % i)
        next(it)
    print("loop done")
twice()

def not_gen():
    it = iter([1, 2])
    print(next(it))
not_gen()
print("end")
