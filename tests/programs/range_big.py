# outcmp: exact
# ranges beyond int64: construction, len, indexing, slicing, membership, iteration
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


big = 10 ** 20
r = range(big, big + 5)
print(r, list(r), len(r), r[0], r[-1], r[1:3], big + 2 in r, big + 5 in r, r.index(big + 3), r.count(big))
s = 0
for i in range(big, big + 10, 3):
    s += i
print(s)
print(list(range(-big, -big - 10, -4)), list(reversed(range(big, big + 3))))
print([x for x in range(2 ** 64 - 2, 2 ** 64 + 2)])
print(range(0, 2 ** 70, 2 ** 66)[3:], range(0, 2 ** 70, 2 ** 66)[::-5], range(2 ** 64)[-1])
t(lambda: len(range(2 ** 64)))
t(lambda: list(range(2 ** 64)))
t(lambda: bool(range(2 ** 64)))
t(lambda: bool(range(2 ** 64, 0)))
t(lambda: range(2 ** 64)[2 ** 63])
t(lambda: range(2 ** 64)[2 ** 64])
t(lambda: range(10)[2 ** 70])
t(lambda: range(10)[-2 ** 70])
t(lambda: range(10)[2 ** 70:])
t(lambda: range(10)[:-2 ** 70:-1])
t(lambda: range(-2 ** 63, 2 ** 63))
t(lambda: range(-2 ** 63, 2 ** 63)[::2 ** 62])
t(lambda: range(0, 2 ** 63 - 1)[::-1])
t(lambda: list(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)))
t(lambda: list(reversed(range(0, -2 ** 63 - 1, -2 ** 63))))
t(lambda: 2 ** 64 in range(2 ** 65))
t(lambda: range(2 ** 65).index(2 ** 64))
t(lambda: range(2 ** 65).index(-1))
t(lambda: range(2 ** 65).count(2 ** 64 + 1))
t(lambda: range(1, 2 ** 65, 2).count(2 ** 64))
t(lambda: hash(range(2 ** 65)) == hash(range(0, 2 ** 65, 1)))
t(lambda: (range(2 ** 65) == range(0, 2 ** 65), range(2 ** 65) != range(2 ** 64)))
t(lambda: range(2 ** 64, 2 ** 64 + 10)[2:8:3])
t(lambda: range(1, 2, 2 ** 64))
t(lambda: (range(big, big + 5).start, range(big, big + 5).stop, range(big, 0, -big).step))
t(lambda: sum(range(2 ** 63 - 2, 2 ** 63 + 2)))
t(lambda: range(True, 3))
t(lambda: range(2 ** 65)[2 ** 64:2 ** 64 + 3])
t(lambda: len(range(2 ** 62, 2 ** 63 + 5)))
t(lambda: range(0, 2 ** 64, 0))
t(lambda: range(1.5))
t(lambda: range(2 ** 64)["a"])
t(lambda: range(2 ** 64)[1.0])
t(lambda: range(2 ** 64)[::0])
t(lambda: (max(range(big, big + 7, 2)), min(range(big, big - 7, -2))))
t(lambda: sorted(range(big, big + 3), reverse=True))
t(lambda: tuple(range(2 ** 64, 2 ** 64 + 2)))
t(lambda: dict.fromkeys(range(big, big + 2)))
t(lambda: (list(enumerate(range(big, big + 2))), list(zip(range(2), range(big, big + 2)))))
