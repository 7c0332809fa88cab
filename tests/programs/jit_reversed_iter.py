# for loops over reversed(range(...)), iter(range(...)) and reversed(list)
# traced: steps of both signs, ranges at the ends of int64, an empty one,
# a list that shrinks or grows while it is walked backwards, a branch
# that flips mid-loop, and an iterator resumed after a break


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def horner(a):
    s = 0
    for i in reversed(range(len(a))):
        s = (s * 3 + a[i]) % 1000003
    return s


def steps(lo, hi, st):
    s = 0
    c = 0
    for i in reversed(range(lo, hi, st)):
        s = s * 7 % 100003 + i
        c += 1
    return s, c


def forward(n):
    s = 0
    for i in iter(range(3, n, 4)):
        s += i * i
    return s


def edges():
    a = 0
    for i in reversed(range(2 ** 63 - 300, 2 ** 63 - 1)):
        a ^= i
    b = 0
    for i in reversed(range(-2 ** 63, -2 ** 63 + 300, 3)):
        b ^= i
    c = 0
    for i in reversed(range(2 ** 63 - 1, -2 ** 63, -(2 ** 56))):
        c += i >> 50
    return a, b, c


def empty():
    s = 0
    for i in reversed(range(10, 0)):
        s += i
    return s


def rev_list(xs):
    s = 0.0
    k = 0
    for x in reversed(xs):
        s = s * 0.5 + x
        k += 1
    return s, k


def shrink(n):
    xs = list(range(n))
    out = 0
    for x in reversed(xs):
        out += x
        if x % 50 == 0:
            xs.pop()
            xs.pop()
    return out, len(xs)


def grow(n):
    xs = list(range(n))
    out = 0
    for x in reversed(xs):
        out += x
        if x == n // 2:
            xs.append(-1)
    return out, len(xs)


def flip(n):
    s = 0
    for i in reversed(range(n)):
        if i < n // 3:
            s -= i
        else:
            s += 2 * i
    return s


def resume(n):
    it = reversed(range(n))
    first = 0
    for i in it:
        first += i
        if i == n // 2:
            break
    rest = 0
    for i in it:
        rest += i
    return first, rest


def mixed_items():
    xs = [1, 2.5, 3, True, 4.0] * 60 + ["x"]
    s = 0
    for x in reversed(xs):
        if isinstance(x, str):
            continue
        s += x
    return s


show("horner", lambda: horner(list(range(2000))))
show("steps+", lambda: steps(-500, 700, 7))
show("steps-", lambda: steps(700, -500, -11))
show("forward", lambda: forward(3000))
show("edges", edges)
show("empty", empty)
show("rev_list", lambda: rev_list([i * 0.25 for i in range(1500)]))
show("shrink", lambda: shrink(400))
show("grow", lambda: grow(400))
show("flip", lambda: flip(900))
show("resume", lambda: resume(600))
show("mixed_items", mixed_items)
