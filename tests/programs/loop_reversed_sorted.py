# outcmp: exact
data = [5, 2, 9, 1, 7]
for x in reversed(data):
    print(x, end=" ")
print()
for x in sorted(data):
    print(x, end=" ")
print()
for x in sorted(data, reverse=True):
    print(x, end=" ")
print()
for c in reversed("abc"):
    print(c, end="")
print()
for i in reversed(range(3)):
    print(i, end=",")
print()
for k in sorted({"b": 1, "c": 2, "a": 3}):
    print(k, end="")
print()
for i, x in enumerate(reversed(data)):
    print(i, x)
print(list(reversed([])), list(reversed((1, 2))), data)
for w in sorted(["pear", "Apple", "fig"], key=len):
    print(w)
