# Dicts past 65536 index slots keep a bitmap of the slots in use (dict.c):
# lookups that miss, deletions, re-insertion, popitem, clear, copy and
# resizes must agree with the index at every size.
memo = {1: 0}
longest = 0
for start in range(2, 150000):
    n = start
    steps = 0
    while n not in memo:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    memo[start] = steps + memo[n]
    longest = max(longest, memo[start])
print("collatz", len(memo), longest, sum(memo.values()) % 1000003)

# keys that collide in the low bits (multiples of the table size) and keys
# far apart: misses must probe past the occupied slots
d = {}
for i in range(120000):
    d[i * 131072] = i
print(len(d), d[0], d[119999 * 131072], (5 * 131072 + 1) in d, 7 * 131072 in d)
misses = sum(1 for i in range(1, 120000) if i * 131072 + 3 in d)
print("misses found", misses)

# deletions leave slots in use; re-inserting and looking up still work
for i in range(0, 120000, 3):
    del d[i * 131072]
print(len(d), 3 * 131072 in d, 4 * 131072 in d, d.get(6 * 131072, "gone"))
for i in range(0, 120000, 6):
    d[i * 131072] = -i
print(len(d), d[6 * 131072], d.get(3 * 131072, "gone"), d[4 * 131072])

# equal keys of other types find the int entries (1 == 1.0 == True)
e = {i: i * i for i in range(100000)}
print(e[1.0], e[True], e[99999.0], 2.5 in e, e.get(100000.0, "none"))
e[1.0] = "one"
print(e[1], len(e), list(e.items())[:3])

# str keys: equal but not the same object
s = {str(i) + "k": i for i in range(90000)}
print(len(s), s["12345k"], s.get("x" + "1k", "absent"), s[str(89999) + "k"])
k, v = s.popitem()
print(k, v, len(s), k in s)
t = s.copy()
s.clear()
print(len(s), len(t), "5k" in s, "5k" in t, t["5k"])
s["again"] = 1
print(s, t.get("again"))
