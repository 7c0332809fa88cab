# A call leaves its temporaries' registers as earlier frames left them; the
# collector must never see a freed object there. Deep frames full of
# temporaries holding fresh objects are popped (by returns and by an
# exception), garbage forces collections, and new frames with other
# temporaries cover the same registers.


def junk(n):
    return [str(i) * 3 for i in range(n)]


def deep(d):
    if d == 0:
        return len(junk(40)) + len({"k": [1, 2], "j": (3, 4)})
    return deep(d - 1) + len(str(d) + "x") + len([d, d])


def deep_raise(d):
    if d == 0:
        raise ValueError("bottom " + "".join(junk(3)))
    return len((str(d), [d])) + deep_raise(d - 1)


def wide(a, b):
    # many temporaries, no other locals
    return len(str(a) + str(b)) + len([a, b, a]) + len((a, b)) + len({a: b}) + len(str(a * b))


def churn(n):
    total = 0
    for i in range(n):
        total += len(junk(20)[i % 20])
    return total


def gen(n):
    for i in range(n):
        yield [i] * 2


total = 0
for rep in range(30):
    total += deep(60 + rep)
    try:
        deep_raise(50)
    except ValueError as e:
        total += len(str(e))
    total += churn(200)
    for k in range(50):
        total += wide(k, rep)
    total += sum(len(x) for x in gen(30))
print(total)
