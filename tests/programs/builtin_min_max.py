# outcmp: exact
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((4, 5, 0)), min("hello"), max("hello"))
print(min([3, 1, 2], key=lambda x: -x), max(["aa", "b", "cccc"], key=len), min("Bb", "aa", key=str.lower))
print(min([], default="empty"), max([], default=None), max([1], default=0))
print(max(1, 2.5), min(-1, -1.5), max([1, 5, 5, 3], key=lambda v: v % 5), min({5: 1, 2: 9}))
print(max([(1, "b"), (1, "c"), (0, "z")]), min(range(10, 0, -3)), max(2 ** 70, 2 ** 69))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(max(x * x - 10 * x for x in range(10)), min((abs(x - 7), x) for x in [1, 5, 9, 12]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
