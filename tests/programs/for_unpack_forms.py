# for loops with tuple targets (FORLOOPN: the parts go straight to the
# targets): zip, enumerate, dict items, sequences of tuples, other
# iterators, nested and starred targets, errors, comprehensions


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def zips():
    xs = [1.5, 2.5, 3.5, 4.5]
    ys = [10, 20, 30]
    out = []
    for a, b in zip(xs, ys):
        out.append(a * b)
    for a, b, c in zip(xs, ys, "abc"):
        out.append(c * int(a))
    for a, b in zip(range(3), (7, 8, 9, 10)):
        out.append(a - b)
    for a, b in zip(xs, []):
        out.append("never")
    else:
        out.append("empty")
    return out


def zip_strict():
    s = 0
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        s += a * b
    return s


def enumerates():
    out = []
    for i, x in enumerate(["a", "b", "c"]):
        out.append((i, x))
    for i, x in enumerate([1.0, 2.0], start=5):
        out.append(i * x)
    for i, x in enumerate(range(2), 2**63 - 2):
        out.append(i)
    for i, x in enumerate(c for c in "xy"):
        out.append(x * (i + 1))
    return out


def items():
    d = {"a": 1, "b": 2, 3: "c"}
    out = [(k, v) for k, v in d.items()]
    total = 0
    for k, v in {i: i * i for i in range(50)}.items():
        total += k + v
    return out, total, {v: k for k, v in d.items()}


def items_changed():
    d = {1: 2, 3: 4}
    for k, v in d.items():
        d[k + 10] = v
    return d


def sequences():
    out = []
    for a, b in [(1, 2), [3, 4], "xy", (5, 6)]:
        out.append(a + b if isinstance(a, int) else a + b)
    for a, b in ((i, -i) for i in range(3)):
        out.append(a * b)
    for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
        out.append(a + b + c)
    for a, *rest in [(1, 2, 3), (4,)]:
        out.append((a, rest))
    box = [0, 0]
    class_like = {}
    for box[0], class_like["k"] in [(1, 2), (3, 4)]:
        out.append((list(box), dict(class_like)))
    return out


def loop_control():
    out = []
    for i, (a, b) in enumerate(zip("abcdef", range(6))):
        if b == 1:
            continue
        if b == 4:
            break
        out.append(a * i)
    else:
        out.append("no break")
    return out


def grows():
    xs = [1, 2]
    ys = [10, 20, 30, 40]
    out = []
    for a, b in zip(xs, ys):
        out.append(a + b)
        if len(xs) < 4:
            xs.append(a * 100)
    return out


def traced(n):
    xs = [i * 0.5 for i in range(n)]
    ys = [i % 7 for i in range(n)]
    s = 0.0
    for a, b in zip(xs, ys):
        s += a * b
    t = 0
    for i, y in enumerate(ys):
        t += i * y
    pairs = [(i, i % 3) for i in range(n)]
    u = 0
    for p, q in pairs:
        u += p * q
    d = {i: i * 2 for i in range(n)}
    w = 0
    for k, v in d.items():
        w += k ^ v
    return s, t, u, w


def items_traced(n):
    d = {i: i * 0.5 for i in range(n)}
    for i in range(0, n, 7):
        del d[i]  # holes: the trace leaves at each, the interpreter skips it
    s = 0.0
    for k, v in d.items():
        s += k * v
    d[-1] = "x"  # another value type at the end
    t = 0
    for k, v in d.items():
        t += k if isinstance(v, str) else 1
    return s, t


def items_grow(n):
    d = {i: i for i in range(n)}
    c = 0
    for k, v in d.items():
        c += v
        if k == n - 5:
            d[n + k] = 0  # RuntimeError from the interpreter
    return c


print(zips())
show("strict", zip_strict)
print(enumerates())
print(items())
show("changed", items_changed)
print(sequences())
show("short", lambda: [a for a, b in [(1, 2), (3,)]])
show("long", lambda: [a for a, b in [(1, 2, 3)]])
show("int", lambda: [a for a, b in [1, 2]])
show("range", lambda: [a for a, b in range(3)])
print(loop_control())
print(grows())
print(traced(2000))
print(items_traced(3000))
show("grow", lambda: items_grow(500))
