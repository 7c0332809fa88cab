# Trace trees with sides that start inside inlined calls: the hot exit is
# two calls deep (the side begins with both frames and returns through
# them), the callee has locals written before the branch and read after,
# the return value's type differs by path, and a side path raises inside
# the callee (caught by the loop's caller).


def inner(v, lo):
    if v < lo:
        return lo
    if v > 2.0:
        return v - 2.0
    return v * 0.5


def outer(v):
    w = inner(v, -1.0)
    k = w * 3.0
    if w > 0.25:
        return k + 1.0
    return w - k


def deep_sum(xs):
    t = 0.0
    for v in xs:
        t += outer(v)
    return t


def pick(i, s):
    base = i * 3
    if i % 4 == 0:
        return base // 2
    if i % 4 == 1:
        return s * 0.5
    return base - 1


def mixed_types(n):
    t = 0.0
    c = 0
    for i in range(n):
        r = pick(i, t)
        if r > 100:
            c += 1
        t = t * 0.5 + r
    return t, c


def guard(v, limit):
    if v > limit:
        raise OverflowError("over %d" % v)
    return v + 1


def step(v, limit):
    if v % 7 == 3:
        return guard(v * 13, limit)
    return v


def raising(n, limit):
    t = 0
    try:
        for i in range(n):
            t += step(i, limit)
    except OverflowError as e:
        return t, str(e)
    return t, None


xs = [((i * 37) % 101) / 20.0 - 2.0 for i in range(4000)]
print(round(deep_sum(xs), 9))
print(mixed_types(3000))
print(raising(3000, 10 ** 9))
print(raising(3000, 30000))
