# outcmp: exact
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
rows = []
for r in range(1, 6):
    rows.append(" ".join(f"{r * c:3d}" for c in range(1, 6)))
print("\n".join(rows))
print("".join(["a", "b", "c"]), "-".join("abc"), "+".join(map(str, [1, 2, 3])))
words = ["alpha", "beta", "gamma"]
print(", ".join(w.capitalize() for w in words) + ".")
s = "x"
for _ in range(5):
    s = "(" + s + ")"
print(s)
line = ""
for i in range(3):
    line += "[" + str(i) + "]"
print(line)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
