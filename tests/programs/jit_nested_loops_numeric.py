# outcmp: exact
n = 60
a = [[(i * 7 + j * 3) % 11 - 5 for j in range(n)] for i in range(n)]
tr = 0
for i in range(n):
    for j in range(n):
        if i == j:
            tr += a[i][j]
print(tr)
s = 0.0
for i in range(1, 300):
    for j in range(1, 30):
        s += 1.0 / (i * j)
print(s)
count = 0
i = 0
while i < 200:
    j = i
    while j < 200:
        if (i ^ j) & 7 == 0:
            count += 1
        j += 3
    i += 1
print(count)
hist = [0] * 10
x = 1
for _ in range(20000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    hist[x % 10] += 1
print(hist)
