# outcmp: exact
r = range(3, 100, 7)
print([r[i] for i in range(len(r))][:5], r[len(r) - 1], r[-len(r)])
print(r[2:5], r[::2], r[5:2:-1], r[-3:], list(r[-3:]))
for v in [3, 10, 11, 94, 99, 100, -4]:
    print(v, v in r, r.index(v) if v in r else None)
print(3.0 in r, 10.0 in r, 10.5 in r)
evens = range(0, 1000000, 2)
print(len(evens), evens[123456], 999998 in evens, 999999 in evens)
print(r.count(10), r.count(11), r.index(94))
try:
    r.index(11)
except ValueError as e:
    print("ValueError:", e)
print(list(range(10)[2:8:3]), range(10)[-1:-11:-4], list(range(0, -10, -1)[1::2]))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0, 1, 5)), len(range(5, 5)))
