# outcmp: exact
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" in d, "four" not in d)
d["one"] = 100
print(d)
del d["two"]
print(d)
d["two"] = 2
print(d, list(d))
e = {}
print(e, len(e), bool(e))
e[1] = "int"
e[1.5] = "float"
e[(1, 2)] = "tuple"
e[None] = "none"
e[True] = "bool overwrites 1"
print(e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}))
print({k: k * k for k in range(5)})
print(d == {"one": 100, "three": 3, "two": 2}, d != {})
