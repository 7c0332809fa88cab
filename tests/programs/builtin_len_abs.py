# outcmp: exact
print(len("abc"), len(""), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 2}), len(range(5, 50, 5)), len("héllo"))
print(len([[1, 2], [3]]), len(" " * 1000), len(str(2 ** 100)))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-2 ** 70), abs(3 - 4j), abs(True), abs(-1e308))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
