# outcmp: exact
d = {"a": 1, 2: "two", (1, 2): "t"}
for key in ["a", "b", 2, 3, (1, 2), (2, 1), 2.0]:
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print(repr(key), "KeyError:", e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del KeyError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}["x"]
except LookupError as e:
    print(type(e).__name__, e)
