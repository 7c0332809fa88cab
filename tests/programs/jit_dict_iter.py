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


def lookups(n):
    d = {i: i * 3 for i in range(n)}
    d[2.0] = "two"  # an equal float key replaces the value of 2
    names = {"k%d" % i: i for i in range(50)}
    s = 0
    t = 0
    for i in range(n):
        v = d[i]
        s += v if isinstance(v, int) else 1000
        t += names["k%d" % (i % 50)]
        if i % 100 == 99:
            d[n + i] = 0  # the dict grows (and moves) inside the loop
    return s, t, len(d)


def missing(n):
    d = {i: i for i in range(0, n, 2)}
    s = 0
    for i in range(0, n, 2):
        s += d[i]
    return s + d[n + 1]


def member_store(n):
    memo = {1: 0}
    longest = 0
    for start in range(2, n):
        m = start
        steps = 0
        while m not in memo:
            m = m // 2 if m % 2 == 0 else 3 * m + 1
            steps += 1
        memo[start] = steps + memo[m]
        if memo[start] > longest:
            longest = memo[start]
    counts = {"a": 0, "b": 0, "c": 0}
    for i in range(n):
        w = "abcd"[i % 4]
        if w in counts:
            counts[w] = counts[w] + 1  # existing keys: stored in place
        else:
            counts[w] = 1  # a new key: the interpreter inserts it
    flags = {}
    for i in range(n):
        flags[i % 7] = i % 2 == 0  # bools, then a new value type
    flags[3] = "x"
    for i in range(20):
        flags[3] = i * 0.5
    return len(memo), longest, counts, flags


def gets(n):
    counts = {}
    words = ["x", "y", "zz", "x", "w"]
    for i in range(n):
        w = words[i % 5] + str(i % 3)
        counts[w] = counts.get(w, 0) + 1
    d = {i: i * 2 for i in range(0, n, 3)}
    s = 0
    t = 0
    for i in range(n):
        s += d.get(i, -1)
        v = d.get(i)
        t += 1 if v is None else v
        t += len(d)
    return sorted(counts.items()), s, t


print(sums(3000))
print(gets(1500))
print(member_store(3000))
print(lookups(2000))
show("missing", lambda: missing(600))
print(rewrite(2000))
print(mixed(1000))
show("grows", lambda: grows(400))
