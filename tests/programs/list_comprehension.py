# outcmp: exact
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
words = ["apple", "bob", "civic", "dad", "egg"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], [w[0] for w in words])
print([i * j for i, j in zip([1, 2, 3], [4, 5, 6])])
print([k for k, v in {"a": 1, "b": 2, "c": 3}.items() if v >= 2])
x = 10
print([x for x in range(3)], x)
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])
