# outcmp: exact
nums = [5, -3, 8, 0, -1, 12, 7, -3]
s = nums[:]
s.sort()
print(s)
s.sort(reverse=True)
print(s)
s.sort(key=abs)
print(s)
s.sort(key=lambda v: (v % 3, -v))
print(s)
words = ["banana", "Apple", "cherry", "date", "Fig", "elderberry", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [{"name": "x", "age": 30}, {"name": "y", "age": 25}, {"name": "z", "age": 30}]
for r in sorted(recs, key=lambda r: r["age"]):
    print(r["name"], r["age"])
print(sorted([3.5, 1, 2.25, -1e9, 0]), sorted([], reverse=True))
stable = sorted([(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")], key=lambda t: t[0])
print(stable)
