# outcmp: exact
print(0 or 5, 3 or 5, "" or "x", "a" or "b", [] or [1], None or 0, 0 or None)
print(0 and 5, 3 and 5, "" and "x", "a" and "b", [1] and [], None and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(1 or 1 / 0, 0 and 1 / 0)
def side(v):
    print("side", v)
    return v
r = side(0) or side(2) or side(3)
print("r", r)
r = side(1) and side(0) and side(3)
print("r", r)
print(not 1, not 0, not not [], not "")
name = ""
display = name or "anonymous"
print(display)
x = None
y = x is not None and x > 3
print(y)
vals = [0, 1, "", "s", None, [], [0]]
print([v or "F" for v in vals])
print([v and "T" for v in vals])
