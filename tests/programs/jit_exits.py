# Guards that fail inside compiled loops must resume the interpreter exactly:
# int overflow into big ints, a variable changing type, list bounds, early
# breaks, exceptions raised from inside a traced loop, None appearing.
def overflow():
    s = 2 ** 62
    out = []
    for i in range(100):
        s += 1234567890123
        if i % 20 == 0:
            out.append(s)
    return s, out[:3]

def mul_overflow():
    p = 1
    for i in range(1, 40):
        p *= i
    return p

def type_change(xs):
    s = 0
    for x in xs:
        s += x
    return s

def bounds(xs, n):
    t = 0
    for i in range(n):
        try:
            t += xs[i]
        except IndexError:
            t = -t
    return t

def early_break(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (i + 1)
        if s > 7.5:
            break
    return i, s

def zero_div(n):
    t = 0.0
    for i in range(n, -n, -1):
        try:
            t += 100.0 / i
        except ZeroDivisionError:
            t = -t
    return t

def neg_index(xs):
    t = 0
    for i in range(200):
        t += xs[-1 - i % len(xs)]
    return t

def maybe_none(n):
    v = 0
    for i in range(n):
        w = None if i == n - 5 else i
        if w is None:
            v -= 1000
        else:
            v += w
    return v

print(overflow())
print(mul_overflow())
print(type_change([1] * 100 + [0.5] * 3 + [2 ** 70] + [1] * 10))
print(bounds(list(range(60)), 100))
print(early_break(10 ** 6))
print(zero_div(100))
print(neg_index([3, 1, 4, 1, 5, 9, 2, 6]))
print(maybe_none(300))
