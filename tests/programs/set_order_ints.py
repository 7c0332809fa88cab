# outcmp: exact
print({5, 3, 17, 1, 100, 64})
print({1000, 7, 33, 64, 128, 256, 12})
print({-3, -1, -100, 0, 8, 31, 32, 33})
s = set()
for v in [40, 8, 16, 24, 32, 0, 48, 56, 64, 72]:
    s.add(v)
print(s)
big = set(range(20, 0, -3))
print(big)
print({2 ** 40, 7, 2 ** 33, 1})
print(set([i * 37 % 101 for i in range(12)]))
t = {x for x in range(100, 0, -7)}
print(t)
t.discard(100)
t.add(1000)
print(t)
print(list({9, 8, 7, 6}), [x for x in {17, 1, 33}])
print(set(range(30)) - set(range(5, 25)))
print({15, 31, 47} | {63, 79}, {3, 19, 35} & {19, 35, 51})
u = {200, 1}
for v in range(30, 40):
    u.add(v)
print(u)
