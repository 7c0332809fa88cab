# A guard inside an inlined call exits into the callee's frame: the
# interpreter raises there, and the traceback shows both frames.
def ratio(a, b):
    d = a - b
    return a / d


def total(n):
    s = 0.0
    for i in range(n):
        s += ratio(i, 300)
    return s


print(total(250))
print(total(400))
