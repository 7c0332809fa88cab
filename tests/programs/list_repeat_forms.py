# Sequence repetition: one item (stored each), several (copied in doubling
# runs), in place, tuples, zero and negative counts, aliasing of the rows.
print([1, 2] * 3, [None] * 0, [1.5] * 4, [] * 5, ["a", "b", "c"] * 5, [0] * -1, len([0, 1] * 1000001), ([1,2,3]*7)[-5:])
a = [[0] * 3] * 2
a[0][1] = 9
print(a)
b = [1, 2, 3]
b *= 4
c = [7]
c *= 5
d = (1, "x") * 3
e = (5,) * 4
f = [1, 2]
f *= 1
print(b, c, d, e, f, (1, 2) * 0, len((0,) * 100001))
