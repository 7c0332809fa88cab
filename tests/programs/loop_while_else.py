# outcmp: exact
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while finished without break, n =", n)
n = 0
while True:
    n += 3
    if n > 10:
        break
print("broke at", n)
i = 10
while i > 0:
    if i == 4:
        print("found 4")
        break
    i -= 3
else:
    print("no 4 found, i =", i)
count = 0
x = 27
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    count += 1
print("collatz 27 steps", count)
while False:
    print("never")
else:
    print("else of never-run loop")
k = 0
while k < 10:
    k += 1
    if k % 2:
        continue
    print("even", k)
