# outcmp: exact
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(10, 13))
for v in r:
    print(v)
it = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(it, it))
print(pairs)
gen = (x * x for x in range(4))
print(next(gen), next(gen), list(gen), list(gen))
print(list(iter((7, 8))), sum(iter([1, 2])))
