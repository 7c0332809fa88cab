# outcmp: exact
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    pass
else:
    print("empty loop else runs")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
