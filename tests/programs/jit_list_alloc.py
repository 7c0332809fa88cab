# Lists made in traced loops (displays and comprehensions): the trace makes
# them through the runtime, and a loop that allocates leaves at its header
# when the collector is due, so garbage lists are collected while lists the
# program keeps survive. Enough iterations to run several collections; the
# items change kind mid-loop (int to float, None), which exits.


def comp_inner(n):
    t = 0
    for i in range(n):
        xs = [j * i for j in range(4)]
        t += xs[1] + len(xs)
    return t, xs


def pairs(n):
    t = 0.0
    for i in range(n):
        p = [i, i + 1.5]
        t += p[0] * p[1]
    return t, p


def kept(n):
    keep = []
    for i in range(n):
        row = [i, -i, i * 0.5, "s", None, i % 7 == 0]
        if i % 997 == 0:
            keep.append(row)
    s = 0
    for row in keep:
        s += row[0] - row[1]
    return len(keep), s, keep[3], keep[-1]


def kind_change(n):
    t = 0.0
    out = []
    for i in range(n):
        v = i if i < n // 2 else i * 0.25
        q = [v, v]
        t += q[0] + q[1]
        if i % 5000 == 0:
            out.append(q)
    return t, out[-3:]


def empty_and_nested(n):
    c = 0
    for i in range(n):
        e = []
        m = [[i], [i, i]]
        c += len(e) + len(m[1]) + m[0][0] % 3
    return c


def dicts(n):
    c = 0
    for i in range(n):
        d = {j: j * i for j in range(3)}
        e = {}
        e[i % 4] = d
        c += d[2] % 11 + len(e[i % 4])
    return c, d, e


def sets(n):
    c = 0
    for i in range(n):
        s = {j % 3 for j in range(i % 5)}
        c += len(s)
    return c


print(comp_inner(60000))
print(pairs(60000))
print(kept(60000))
print(kind_change(40000))
print(empty_and_nested(40000))
print(dicts(40000))
print(sets(20000))
