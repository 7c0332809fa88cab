# outcmp: exact
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[3:7], list(r[3:7]), r[::-1], r[::3])
print(range(2, 8), range(0, 20, 5), list(range(0, 20, 5)), range(5, 0, -1), list(range(5, 0, -1)))
print(list(range(0)), list(range(-3)), list(range(3, 3)), len(range(0, 100, 7)), len(range(10, 0, -3)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 2).index(6), range(1, 50, 7).count(22), sum(range(101)), max(range(7)))
print(repr(range(1, 2)), str(range(-5, 5, 2)), type(r).__name__, range(3) == range(0, 3, 1))
print(list(range(1, 2 ** 70, 2 ** 68)), range(2 ** 65)[-1], 2 ** 64 in range(2 ** 65))
total = 0
for i in range(3, 30, 4):
    total += i
print(total)
print(list(reversed(range(1, 10, 2))), sorted(range(5), reverse=True))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[20]
except IndexError as e:
    print("IndexError:", e)
