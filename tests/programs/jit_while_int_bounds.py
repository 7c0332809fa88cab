# `i += 1` under `while i < n` has no overflow check in a trace (the guard
# bounds i below n, so below 2**63 - 1); near the int64 limits the other
# forms keep theirs and leave int64 exactly where Python's ints grow.
M = 2 ** 63 - 1


def up_lt(start, stop):
    i = start
    k = 0
    while i < stop:
        i += 1
        k += i % 3
    return i, k


def up_le(start, stop):
    i = start
    k = 0
    while i <= stop:
        i += 1
        k += 1
    return i, k


def down_gt(start, stop):
    i = start
    k = 0
    while i > stop:
        i -= 1
        k += i % 5
    return i, k


def down_ge(start, stop):
    i = start
    k = 0
    while stop <= i:
        i -= 1
        k += 1
    return i, k


print(up_lt(0, 5000), up_lt(M - 300, M), up_lt(-M - 1, -M + 200))
print(up_le(M - 300, M), up_le(10, 3000))
print(down_gt(5000, -17), down_gt(-M + 300, -M - 1))
print(down_ge(-M + 250, -M - 1), down_ge(100, -2000))
