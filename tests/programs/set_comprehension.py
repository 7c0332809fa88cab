# outcmp: exact
print({x % 7 for x in range(50)})
print({x * x for x in range(-5, 6)})
print({n for n in range(2, 60) if all(n % d for d in range(2, n))})
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
seen = set()
dups = set()
for n in nums:
    if n in seen:
        dups.add(n)
    seen.add(n)
print(seen, dups, len(seen))
uniq = []
s = set()
for n in nums:
    if n not in s:
        s.add(n)
        uniq.append(n)
print(uniq)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
