# outcmp: exact
s = "Hello, World!"
print(s[0], s[4], s[-1], s[-3], len(s))
print(s[0:5], s[7:], s[:5], s[:], s[-6:], s[-6:-1], s[100:], s[3:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-8:-3], s[:-100:-1])
print(s[2:50], s[-50:3], s[5:5] == "", s[::3])
for i in range(-len(s), len(s), 4):
    print(i, repr(s[i]), s[i:i + 3], s[i::5])
t = "abcdefghij"
for start in [None, 2, -3]:
    for stop in [None, 7, -2]:
        for step in [None, 2, -1]:
            print(start, stop, step, repr(t[start:stop:step]))
