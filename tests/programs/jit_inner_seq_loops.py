# Inner loops over tuples and lists unrolled into the enclosing loop's
# trace: a constant tuple display (built at each entry, made a constant by
# the recorder), a list the loop does not change, a list display made in
# the loop, and a list that grows mid-loop (its trip count changes: exits)
# or whose items change kind (exits).


def neighbours(n):
    c = 0
    for x in range(n):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    c += (x + dx) * 3 + dy
    return c


def weights(n):
    w = [0.5, 0.25, 0.125]
    t = 0.0
    for i in range(n):
        for v in w:
            t += v * i
    return t


def made(n):
    t = 0
    for i in range(n):
        for v in [i, i + 1, i * 2]:
            t += v
    return t


def grows(n):
    row = [1, 2, 3]
    t = 0
    for i in range(n):
        for v in row:
            t += v * i
        if i == n // 2:
            row.append(4)
    return t, row


def kinds(n):
    row = [1, 2, 3]
    t = 0.0
    for i in range(n):
        for v in row:
            t += v
        if i == n // 3:
            row[1] = 2.5
        if i == 2 * n // 3:
            row[2] = None
            row.pop()
    return t, row


print(neighbours(20000))
print(weights(30000))
print(made(30000))
print(grows(30000))
print(kinds(30000))
