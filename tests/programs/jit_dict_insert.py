# d[k] = v with a key the dict lacks, in a traced loop: int and str keys,
# every payload type, keys that are sometimes there, a value or key that
# changes type mid-loop, equal float and bool keys, big and -1 keys, and a
# dict grown while it is iterated (RuntimeError from the interpreter)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def build_int(n):
    d = {}
    for i in range(n):
        d[i * 7 % 1009] = i
    return len(d), sum(d.values()), list(d.items())[:4], list(d)[-3:]


def build_payloads(n):
    a, b, c, e = {}, {}, {}, {}
    for i in range(n):
        a[i] = i * 0.5
        b[i] = i % 3 == 0
        c[i] = "x"
        e[-i] = [i]
    return sum(a.values()), sum(b.values()), len(c), e[-5], list(e)[:3]


def count_words(words):
    c = {}
    for w in words:
        if w in c:
            c[w] += 1
        else:
            c[w] = 1
    return c


def type_flip(n):
    d = {}
    for i in range(n):
        d[i] = i if i < n // 2 else i * 1.5
    return sum(d.values()), type(d[0]).__name__, type(d[n - 1]).__name__


def key_flip(n):
    d = {}
    for i in range(n):
        k = i if i % 50 != 49 else "s%d" % i
        d[k] = i
    return len(d), [k for k in d if isinstance(k, str)][:3]


def equal_keys(n):
    d = {2.0: "f", True: "t", 5: "i"}
    for i in range(n):
        d[i % 7] = i
    return list(d.items())


def big_keys(n):
    d = {}
    for i in range(n):
        d[(1 << 62) + i] = i
        d[-1 - i % 3] = i
        d[(1 << 61) - 1 + i % 2] = i
    return len(d), list(d.items())[-5:]


def grow_while_iterating(n):
    d = {i: i for i in range(n)}
    for k in d:
        if k == n - 5:
            d[n + k] = 0
    return len(d)


def overwrite_then_new(n):
    d = {}
    for i in range(n):
        d[i % 40] = i
        d[i // 3] = -i
    return len(d), sum(d.values())


show("build_int", lambda: build_int(3000))
show("build_payloads", lambda: build_payloads(800))
print(count_words(["w%d" % (i * i % 97) for i in range(3000)]))
show("type_flip", lambda: type_flip(600))
show("key_flip", lambda: key_flip(600))
show("equal_keys", lambda: equal_keys(300))
show("big_keys", lambda: big_keys(500))
show("grow_while_iterating", lambda: grow_while_iterating(300))
show("overwrite_then_new", lambda: overwrite_then_new(900))
