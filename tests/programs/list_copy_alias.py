# outcmp: exact
a = [1, [2, 3], 4]
b = a
c = a[:]
d = a.copy()
e = list(a)
a[0] = 100
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], c == d == e)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
x = [0]
y = mutate(x)
print(x, y)
rows = [[0] * 2 for _ in range(2)]
rows2 = [r[:] for r in rows]
rows[0][0] = 7
print(rows, rows2)
