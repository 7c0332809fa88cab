# Overflow checks the JIT drops where the ranges of the loop index and of
# invariant ints prove them unneeded, and what happens when those ranges
# are left later (a bigger range, a bigger invariant): Python's big ints.


def tri(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def inner(i, n):
    s = 0
    for j in range(n):
        s += tri(i, j) + (j >> 1) + (j & 7) * (j % 5) - (j // 3)
    return s


def outer(n, m):
    t = 0
    for i in range(m):
        t += inner(i, n)
    return t


print(outer(300, 20))
# the same loop entered with an invariant far past what it was recorded with
print(inner(2**40, 200))
print(inner(2**62, 200))
print(inner(-(2**62), 200))


def cube_sum(lo, hi, k):
    s = 0
    for j in range(lo, hi):
        s += j * j * k - j * k
    return s


print(cube_sum(-150, 150, 3))
for lo in (0, 10**6, 2**30, 2**31 - 100, 2**61):
    print(lo, cube_sum(lo, lo + 200, 7))
print(cube_sum(-(2**40), -(2**40) + 100, 11))


def guards(n, k):
    hits = 0
    for j in range(n):
        a = j * j + 1
        if a != 0:  # always true in range
            hits += 1
        if (j & 3) < 4:
            hits += 2
        if j * k > 10000:  # sometimes
            hits += 100
        if (j % 9) - 8 == 0:
            hits += 1000
    return hits


print(guards(500, 3))
print(guards(500, 2**45))
print(guards(500, -(2**60)))


def shifted(n, big):
    s = 0
    for j in range(n):
        s += (j + big) * (j + big) >> 3
    return s


print(shifted(300, 5))
print(shifted(300, 3 * 2**31))
print(shifted(300, 2**40))
