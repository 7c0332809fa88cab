# outcmp: exact
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()
    r = middle()
    return x, r
print(outer())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step
s = fib_gen()
print([s() for _ in range(12)])
def running_stats():
    n = 0
    total = 0.0
    def push(v):
        nonlocal n, total
        n += 1
        total += v
        return total / n
    return push
push = running_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(push(v))
