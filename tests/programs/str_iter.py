# outcmp: exact
s = "Streak 2024!"
for c in s:
    kind = "digit" if c.isdigit() else "alpha" if c.isalpha() else "other"
    print(repr(c), kind)
vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print("vowels", vowels)
for i, c in enumerate("abc"):
    print(i, c)
print(list("hello"), tuple("hi"), sorted("banana"), list(reversed("abc")))
counts = {}
for c in "abracadabra":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print([c * 2 for c in "xyz"], "".join(c.upper() for c in "shout"))
