# outcmp: exact
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:1], a[::-3], a[3:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][1:], m[-1][::-1], [row[0] for row in m], m[::2])
s = a[2:8]
print(s, len(s), sum(s))
for step in [1, 2, 3, -1, -2]:
    print(step, a[::step], a[1:9:step], a[9:1:step])
