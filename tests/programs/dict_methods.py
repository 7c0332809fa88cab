# outcmp: exact
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 99), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20)], z=30)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d["new"] = 0
print(len(k), "new" in k)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, d)
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
