# outcmp: exact
names = ["ann", "bob", "cid"]
ages = [31, 25, 47]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
for i, n in enumerate(names, 10):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
for n, a, c in zip(names, ages, "xyz"):
    print(n, a, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(enumerate("ab")), list(enumerate([], 5)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n.upper(), a + i)
keys = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(keys)
print(dict(zip(names, ages)), dict(enumerate(names)))
