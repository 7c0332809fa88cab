# loops over a dict, its keys, values and items, traced: holes left by
# deletions, values rewritten inside the loop, another value type, and
# a size change (RuntimeError from the interpreter)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def sums(n):
    d = {i: i * 0.25 for i in range(n)}
    for i in range(0, n, 9):
        del d[i]
    a = 0
    for k in d:
        a += k
    b = 0.0
    for v in d.values():
        b += v
    c = 0.0
    for k in d.keys():
        c += d[k]
    return a, b, c, len(d)


def rewrite(n):
    d = {i: i for i in range(n)}
    for k in d:
        d[k] = d[k] * 2 + 1  # values change, the size does not
    return sum(d.values()), d[n - 1]


def mixed(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = i if i % 5 else str(i)
    ints = 0
    strs = []
    for v in d.values():
        if isinstance(v, str):
            strs.append(v)
        else:
            ints += v
    return ints, strs[-3:]


def grows(n):
    d = dict.fromkeys(range(n), 0)
    s = 0
    for k in d:
        s += k
        if k == n // 2:
            d[-k] = 1
    return s


print(sums(3000))
print(rewrite(2000))
print(mixed(1000))
show("grows", lambda: grows(400))
