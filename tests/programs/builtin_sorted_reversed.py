# outcmp: exact
data = [5, 3, 9, 1, 5, 0, -2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({9, 4, 7}))
print(sorted(data, key=lambda x: (x % 3, x)), sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")], reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2, 3))))
print("".join(reversed("stressed")), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted(x * x for x in range(-3, 4)), sorted([3.5, 2, 2.5, -1]))
print(sorted(range(10), key=lambda v: -v)[:3])
