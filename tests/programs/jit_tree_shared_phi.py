# Trace trees: two registers the root leaves equal share one loop-carried
# value (`best = a[i]` makes `best` and the a[i] temporary the same); a side
# path that keeps one and changes the other must not change both.


def running_max(a):
    # the root records the common taken path; the side (not taken) keeps
    # `best` but reloads the a[i] temporary
    best = a[0]
    cnt = 0
    for i in range(1, len(a)):
        if a[i] > best:
            best = a[i]
            cnt += 1
    return best, cnt


def running_min_float(xs):
    lo = xs[0]
    n = 0
    for x in xs:
        if x < lo:
            lo = x
            n += 1
    return lo, n


def first_rare(a):
    # the first iteration takes the rare path
    best = a[0]
    cnt = 0
    for i in range(1, len(a)):
        if a[i] > best:
            best = a[i]
            cnt += 1
    return best, cnt


print(running_max([i - (7 if i % 10 == 5 else 4 if i % 10 == 6 else 0) for i in range(3000)]))
print(running_max([i - (9 if i % 3 == 1 else 2 if i % 3 == 2 else 0) for i in range(3000)]))
print(running_min_float([-(i - (7.5 if i % 10 == 5 else 4.25 if i % 10 == 6 else 0.0)) for i in range(3000)]))
print(first_rare([0, 5] + [((i * 37) % 101) for i in range(3000)]))
print(first_rare([((i * 37) % 101) for i in range(2000)]))
