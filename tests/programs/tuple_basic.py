# outcmp: exact
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t).__name__)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.index("two"), (1, 2, 1, 1).count(1), 3.0 in t, "x" in t)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, len(((1, 2), (3, 4))))
single = 5,
print(single, type(single).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
