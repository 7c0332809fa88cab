# outcmp: exact
print({x: x ** 2 for x in range(6)})
print({x: x ** 2 for x in range(10) if x % 2})
print({c: ord(c) for c in "hello"})
words = ["apple", "bat", "car", "apple", "dog", "bat"]
print({w: len(w) for w in words})
print({w: words.count(w) for w in words})
print({i: [j for j in range(i)] for i in range(4)})
m = {k: v for k, v in zip("abc", [3, 1, 2])}
print(m, {v: k for k, v in m.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: v for k, v in sorted(m.items(), key=lambda kv: kv[1])})
