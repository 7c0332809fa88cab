# outcmp: exact
# The same call site sees different functions and argument types.
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
fns = [add, mul]
acc = 0
for i in range(1000):
    acc = fns[i % 2](acc, 3) % 1000003
print(acc)
args = [(1, 2), (1.5, 2.25), ("a", "b"), ([1], [2]), ((1,), (2,)), (2 ** 70, 1), (1j, 2)]
for _ in range(200):
    out = [add(a, b) for a, b in args]
print(out)
def f(x):
    if isinstance(x, int):
        return x + 1
    if isinstance(x, float):
        return x * 2
    return len(x)
total = 0
for i in range(3000):
    total += f(i if i % 3 == 0 else float(i) if i % 3 == 1 else "ab" * (i % 5))
print(total)
