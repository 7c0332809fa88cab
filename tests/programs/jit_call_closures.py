# Closures called in hot loops are inlined: their cells are constants of the
# trace (the callee's identity fixes them), reads and nonlocal writes go
# through the cell, and exits after a write resume with the cell updated once.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        if n > 1000:
            return -1
        return n
    return inc


def outer(n):
    total = 0
    k = 3

    def add(x):
        nonlocal total
        total += x + k

    for i in range(n):
        add(i)
        if i % 100 == 0:
            k = i // 100
    return total


def shadow(n):
    scale = 0.5
    f = lambda x: x * scale
    s = 0.0
    for i in range(n):
        s += f(i) + scale
        if i == n // 2:
            scale = 2
    return s


def late(n):
    v = 0

    def get():
        return v
    s = 0
    for i in range(n):
        if i == n - 3:
            del v
        try:
            s += get()
        except NameError as e:
            print("NameError", e)
            break
        v = i
    return s


add3 = make_adder(3)
addf = make_adder(0.25)
s = 0
for i in range(1000):
    s += add3(i) + addf(i)
print("adders", s)
inc = make_counter()
c = 0
neg = 0
for i in range(1000):
    r = inc(i % 4)
    if r < 0:
        neg += 1
    else:
        c += r
print("counter", c, neg, inc(0))
print("outer", outer(1000), outer(5))
print("shadow", shadow(1000), shadow(5))
print("late", late(1000))
