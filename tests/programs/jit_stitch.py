# Instructions the tracer cannot compile are run by the interpreter from
# inside the trace (stitching): list/dict/str operations, calls of C and
# Python functions it does not inline, with exceptions, globals, type
# changes and loops inside the stitched calls.


def appends(n):
    out = []
    d = {}
    s = 0
    for i in range(n):
        out.append(i * 2)
        d[i % 7] = i
        s += len(out) + out[i // 2]
    return s, len(d), out[-3:], sorted(d.items())


def strings(n):
    names = []
    acc = 0.0
    for i in range(n):
        x = i * 0.5
        names.append(str(i) + "x")
        acc += x + len(names[-1])
    return acc, names[-2:], "".join(names[:5])


def raises_inside(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += int("12" if i % 5 else "zz")
        except ValueError:
            caught += 1
        total += i
    return caught, total


def helper(k):
    t = 0
    for j in range(k):  # a loop inside a stitched call
        t += j
    return t


def calls_loop(n):
    s = 0
    for i in range(n):
        s += helper(i % 9) if i % 2 else len(str(i))
    return s


counter = 0


def bump(k, **kw):  # keyword arguments: not inlined
    global counter
    counter += k
    return counter


def globals_change(n):
    s = 0
    for i in range(n):
        s += bump(1, tag=i) + counter
    return s, counter


def newglobals(n):
    # stitched calls that grow the module's dict while the trace reads it
    s = 0
    for i in range(n):
        globals()["g_%d" % i] = i
        s += counter + len(globals()) * 0
    return s


def type_changes(n):
    vals = [1, 2, 3.5, "a", 4, 5.25, 6, 7, 8] * 20
    s = 0.0
    k = 0
    for i in range(n):
        v = vals[i % len(vals)]
        if isinstance(v, str):
            k += 1
            continue
        s += abs(v) * 2
    return s, k


def big_ints(n):
    x = 3 ** 40
    fs = []
    while x % 3 == 0:
        fs.append(3)
        x //= 3
    return len(fs), x, n


def unpack_pairs(n):
    d = {i: i * i for i in range(n)}
    s = 0
    for k in range(n):
        a, b = divmod(d[k], 7)
        s += a - b
    return s


def raise_out(n):
    lst = []
    for i in range(n):
        lst.append(i)
        if i == n - 3:
            lst.pop(100)  # IndexError from a stitched call, not caught here
    return lst


def gen():
    i = 0
    while True:
        yield i
        i += 3


def from_generator(n):
    g = gen()
    s = 0
    for i in range(n):
        s += next(g) - i
    return s


def tuples_to_calls(n):
    out = []
    for i in range(n):
        t = (i, -i)
        out.append(max(t) + min((i, 2)))
    return sum(out)


print(appends(300))
print(strings(200))
print(raises_inside(200))
print(calls_loop(300))
print(globals_change(300))
print(newglobals(300))
print(type_changes(400))
print(big_ints(5))
print(unpack_pairs(200))
try:
    raise_out(200)
except IndexError as e:
    print("IndexError", e)
print(from_generator(300))
print(tuples_to_calls(300))
