# Sorting ints: already in order, reversed, random with duplicates, one out
# of place (the in-order check, the radix sort, reverse=True).
import random
random.seed(5)
a = list(range(1000))
b = [random.randint(-50, 50) for _ in range(2000)]
c = sorted(b)
print(sorted(a)[:5], sorted(a, reverse=True)[:5], sorted(b)[:5], sorted(b, reverse=True)[:5], sorted(c) == c, sorted(c, reverse=True)[:3])
d = [5] * 300 + [6] * 300
print(sorted(d)[298:302], sorted(d, reverse=True)[298:302])
e = list(range(500)); e[250] = -1
print(sorted(e)[:3])
l = list(range(400, 0, -1)); l.sort(); print(l[:3], l[-3:])
