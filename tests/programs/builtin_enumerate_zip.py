# outcmp: exact
print(list(enumerate(["a", "b", "c"])), list(enumerate("xy", 1)), list(enumerate(range(3), start=-1)))
print(list(zip([1, 2, 3], [4, 5, 6])), list(zip("abc", range(10))), list(zip([1], [2], [3], [4])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
e = enumerate("ab")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
