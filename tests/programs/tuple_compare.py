# outcmp: exact
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2))
print((1, "b") > (1, "a"), (1, 2.0) == (1, 2), ("a", 1) < ("b", 0))
data = [(3, "c"), (1, "b"), (3, "a"), (2, "z"), (1, "a")]
print(sorted(data), max(data), min(data))
print(sorted(data, key=lambda t: (-t[0], t[1])))
print((1, 2) != (2, 1), (1, (2, 3)) < (1, (2, 4)), (None,) == (None,))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)
