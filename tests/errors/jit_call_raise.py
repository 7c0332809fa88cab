# A raise in a callee two inlined calls deep, reached through a guard exit:
# the rebuilt frames give the same traceback as the interpreter's.
def check(x):
    if x > 500:
        raise ValueError("too big: %d" % x)
    return x


def twice(x):
    return check(x) + check(x + 1)


def total(n):
    s = 0
    for i in range(n):
        s += twice(i)
    return s


print(total(400))
print(total(1000))
