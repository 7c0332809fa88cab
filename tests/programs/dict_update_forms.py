# outcmp: exact
base = {"a": 1, "b": 2}
more = {"b": 20, "c": 30}
m = dict(base)
m.update(more)
print(m)
m.update(d=4)
print(m)
print(dict(base, z=26), dict(**base, y=25))
print(dict([(1, "one"), (2, "two")]), dict(zip(range(3), "abc")))
print(base | more, more | base)
x = dict(base)
x |= {"e": 5}
print(x)
keys = ["k1", "k2", "k3"]
vals = [1, 2]
print(dict(zip(keys, vals)))
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt, sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
