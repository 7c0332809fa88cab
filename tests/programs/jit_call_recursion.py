# Recursive calls in hot loops: inlined while the nesting is shallow, the
# recording aborts cleanly past the depth limit, and a loop entered close to
# the recursion limit still raises RecursionError where Python does.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def leaf(x):
    return x + 1


def deep(d):
    s = 0
    for i in range(60):
        s += leaf(i)
    return s + deep(d + 1)


def even(n):
    if n == 0:
        return True
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


def run(n):
    t = 0
    for i in range(n):
        t += fib(i % 3 + 1)
    print("fib small", t)
    t = 0
    for i in range(n):
        t += fib(i % 12)
    print("fib deep", t)
    t = 0
    for i in range(n):
        t += depth(4)
    print("depth 4", t)
    t = 0
    for i in range(n):
        t += depth(i % 20)
    print("depth var", t)
    e = 0
    for i in range(n):
        if even(i % 6):
            e += 1
    print("even", e)


run(500)
run(3)
try:
    deep(0)
except RecursionError as ex:
    print("recursion")
print("after")
