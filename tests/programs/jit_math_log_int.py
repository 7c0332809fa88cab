# math.log, log2 and log10 of an int in a traced loop (CPython's loghelper:
# the int's double), then a zero or negative int (ValueError from the
# interpreter), a bool, a float and a big int mid-loop


import math


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def sums(n):
    s = 0.0
    for i in range(1, n):
        s += math.log(i) + math.log2(i) * 0.5 - math.log10(i * 3)
    return s


def exact(n):
    out = []
    for i in range(n):
        k = (1 << (i % 60)) + i
        out.append(math.log2(k))
    return out[-3:], sum(out)


def down_to_zero(n):
    s = 0.0
    for i in range(n, -1, -1):
        s += math.log(i)
    return s


def mixed(xs):
    s = 0.0
    for x in xs:
        s += math.log10(x)
    return s


show("sums", lambda: sums(2000))
show("exact", lambda: exact(500))
show("down_to_zero", lambda: down_to_zero(300))
show("negative", lambda: mixed(list(range(1, 200)) + [-3]))
show("bool", lambda: mixed(list(range(1, 200)) + [True, 7]))
show("float", lambda: mixed(list(range(1, 200)) + [2.5, 7]))
show("big", lambda: mixed(list(range(1, 200)) + [10 ** 30, 7]))
show("huge", lambda: mixed(list(range(1, 200)) + [3 ** 2000, 7]))
show("max64", lambda: mixed(list(range(1, 200)) + [2 ** 63 - 1, 2 ** 53 + 1, 9]))
