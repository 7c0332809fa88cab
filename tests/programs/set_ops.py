# outcmp: exact
a = {1, 2, 3, 4, 5, 40}
b = {4, 5, 6, 7, 33}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([100, 1], (7,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {40}, {9} > set())
print({1, 2}.issubset(a), a.issuperset({5, 40}), a.isdisjoint(b), {0}.isdisjoint(b))
c = set(a)
c |= {99}
print(c)
c &= {1, 2, 99, 1000}
print(c)
c -= {2}
print(c)
c ^= {1, 7}
print(c)
c.update([3, 4], {50})
print(c)
c.intersection_update(range(10))
print(c)
c.difference_update({3})
print(c)
print(a == {40, 5, 4, 3, 2, 1}, len(a | b), sorted(a ^ b, reverse=True))
