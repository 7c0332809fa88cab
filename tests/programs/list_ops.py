# outcmp: exact
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 5, [] * 3, a * 0, [None] * 2)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 3], [3] > [2, 9], [] < [[]])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [[1], [2]] < [[1], [3]])
print(3 in a, 9 in a, [2, 3] in [[2, 3], 4], len(a + b), min(a + b), max(b))
c = a
c += b
print(a, c is a)
d = a + []
print(d == a, d is a)
print(list(range(3)) + list("xy"), sorted(b + a), list(reversed(a)))
