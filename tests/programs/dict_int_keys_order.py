# outcmp: exact
d = {}
for k in [5, 3, 17, 1, 100, 64, -2]:
    d[k] = k * k
print(d, list(d))
del d[17]
d[17] = "again"
print(d)
d[3] = "updated keeps position"
print(d)
d.pop(5)
d[5] = 0
print(list(d.items()))
e = {10: "x", 2: "y"}
e.update({1: "z", 10: "w"})
print(e)
print(sorted(e), sorted(e.items()), sorted(e, reverse=True))
print({3: 0, 1: 0, 2: 0} == {1: 0, 2: 0, 3: 0}, list({3: 0, 1: 0, 2: 0}))
