# outcmp: exact
for i in range(1, 6):
    print(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
for i in range(4):
    print(" " * (3 - i) + "*" * (2 * i + 1))
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print(count)
m = [[i * 4 + j for j in range(4)] for i in range(4)]
for i in range(4):
    for j in range(i + 1, 4):
        m[i][j], m[j][i] = m[j][i], m[i][j]
for row in m:
    print(row)
