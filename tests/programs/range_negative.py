# outcmp: exact
print(list(range(-5, 5)), list(range(5, -5, -2)), list(range(-1, -10, -3)))
print(list(range(-10, -1, 4)), list(range(0, -5)), list(range(0, -5, -1)))
r = range(20, -20, -7)
print(r, list(r), len(r), r[1], r[-2], r[1:-1], -6 in r, -8 in r)
for i in range(10, 0, -2):
    print(i, end=" ")
print()
n = 0
for i in range(-3, 3):
    n += i * i
print(n)
print(list(range(-2 ** 64, -2 ** 64 + 3)), r.index(-1), r[::-1], list(r[::-2]))
