# outcmp: exact
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, lambda x: x * 3, abs)
print(pipeline(-7), repr(pipeline(-7)))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(max, [3, 9, 2], 0), my_reduce(lambda a, s: a + len(s), ["ab", "cde"], 0))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
fns = [len, str.upper, sorted, reversed]
for f in fns[:3]:
    print(f("hello"))
print(list(fns[3]("hello")))
