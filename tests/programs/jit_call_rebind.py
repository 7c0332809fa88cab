# The callee of an inlined call is guarded by identity: rebinding the
# global name (inside the loop or between runs) leaves the trace, and the
# interpreter calls whatever the name holds now.


def f(x):
    return x + 1


def g(x):
    return x * 2


def h(x, y=10):
    return x - y


def run(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s


def run_switch(n):
    global f
    s = 0
    for i in range(n):
        if i == n // 2:
            f = g
        s += f(i)
    return s


def run_local(n):
    fn = f
    s = 0
    for i in range(n):
        if i == 300:
            fn = h
        s += fn(i)
    return s


print(run(1000))
f = g
print(run(1000))
f = h
print(run(1000))
f = len
try:
    print(run(1000))
except TypeError as e:
    print("TypeError", e)


def f(x):
    return x + 1


print(run_switch(1000))
print(run(1000))


def f(x):
    return x + 1


print(run_local(1000))
total = 0
for i in range(1000):
    if i == 700:
        def f(x):
            return -x
    total += f(i)
print(total)
