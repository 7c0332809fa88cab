# outcmp: exact
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    print(i, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print((i, j), end=" ")
    print("| i =", i)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    total += i
print(total)
