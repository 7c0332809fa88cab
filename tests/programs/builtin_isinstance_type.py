# outcmp: exact
vals = [1, 1.5, 1j, True, None, "s", [1], (1,), {1: 2}, {1}, range(2), len, lambda: 0]
for v in vals:
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", str), isinstance([], (tuple, list)), isinstance({}, dict), isinstance(None, type(None)))
print(type(1) == int, type(True) == int, type(True) is bool, type("") is str, type(2 ** 100) is int)
print(int, float, str, list, dict, set, tuple, bool, complex, type(None))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError), isinstance(1, (str, (list, int))))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    return "other"
print([describe(v) for v in [1, 2.0, False, "a", []]])
print(type(ValueError("e")), type(ValueError("e")).__name__, type(type(1)))
