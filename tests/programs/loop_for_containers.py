# outcmp: exact
for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for k in {"a": 1, "b": 2}:
    print("dict", k)
for c in "hey":
    print("str", c)
for x in {64, 3, 17}:
    print("set", x)
for x in range(2):
    print("range", x)
for k, v in {"x": 1, "y": 2}.items():
    print("items", k, v)
for a, b in [(1, 2), (3, 4)]:
    print("pairs", a, b)
for row in [[1, 2], [3, 4]]:
    for x in row:
        print("cell", x, end=";")
    print()
total = 0
for x in [1.5, 2.5]:
    total += x
print(total)
for x in []:
    print("never")
for x in [10]:
    pass
print("last x", x)
