# outcmp: exact
s = {5, 3, 17, 1, 100, 64}
print(s, len(s), 17 in s, 2 in s)
s.add(2)
s.add(5)
print(s)
s.remove(17)
s.discard(999)
s.discard(1)
print(s)
print(set(), set([3, 3, 1]), set(range(10)), set((8, 9, 8)), {0})
e = set()
for x in [9, 1, 9, 33, 2, 1, 65, 128]:
    e.add(x)
print(e, sorted(e))
try:
    e.remove(1000)
except KeyError as ex:
    print("KeyError:", ex)
p = e.pop()
print(p, e)
c = e.copy()
c.clear()
print(c, e)
print({-1, -5, 3, 0}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
print(set([1.5, 2.5, 1.5]), {True, 1, 1.0}, {(1, 2), (1, 2)})
