# outcmp: exact
print({}, {1: 2}, {"a": "b"}, {"q": 'it\'s'}, {1.5: None, None: True}, {(1, 2): [3, 4]})
print({"nested": {"deep": {"x": [1, {"y": ()}]}}})
print({1: "a", "1": "b", 1.5: "c"}, {-1: -1, 0: 0})
d = {"b": 1, "a": 2}
print(d, str(d), repr(d), f"{d}", "%s" % d, [d, d])
print({i: chr(97 + i) for i in range(3)}, {True: 1, False: 0}, {2 ** 70: 1j})
d = {}
for i, k in enumerate(["z", "y", "x"]):
    d[k] = i
print(d, {v: k for k, v in d.items()})
print({"list": [], "tuple": (), "dict": {}, "str": ""})
print({0.1 + 0.2: "sum", -0.0: "negzero", float("inf"): "inf"})
print({(1, (2, 3)): {4: {5: [6]}}})
