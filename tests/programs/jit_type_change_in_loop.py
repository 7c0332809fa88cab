# outcmp: exact
# A loop variable that changes type after the loop is hot (trace guards must fail correctly).
x = 0
for i in range(3000):
    if i == 1000:
        x = float(x)
    if i == 2000:
        x = complex(x)
    x += 1
print(x, type(x).__name__)
acc = 1
for i in range(200):
    acc = acc * 3 + 1
print(acc, acc % 1000007)
vals = [1, 2, 3] * 300 + [1.5, 2.5] + ["a"]
total = 0
for v in vals:
    try:
        total += v
    except TypeError as e:
        print("stopped at", repr(v), e)
        break
print(total)
s = 0
for i in range(5000):
    s += i if i % 7 else -i * 0.5
print(s)
