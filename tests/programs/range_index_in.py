# outcmp: exact
r = range(3, 100, 7)
print([r[i] for i in range(len(r))][:5], r[len(r) - 1], r[-len(r)])
print(r[2:5], r[::2], r[5:2:-1], r[-3:], list(r[-3:]))
for v in [3, 10, 11, 94, 99, 100, -4]:
    print(v, v in r, r.index(v) if v in r else None)
print(3.0 in r, 10.0 in r, 10.5 in r)
evens = range(0, 1000000, 2)
print(len(evens), evens[123456], 999998 in evens, 999999 in evens)
