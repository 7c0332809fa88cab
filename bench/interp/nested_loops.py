# Nested integer loops: a 2-D stencil-like sweep with index arithmetic and
# branches, no containers in the inner loop.
def sweep(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            v = (i * 31 + j * 17) % 97
            if v & 1:
                acc += v
            else:
                acc -= v >> 1
    return acc


def triangle(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            c2 = a * a + b * b
            if c2 % 7 == 0:
                count += 1
    return count


print("sweep", sweep(2200))
print("triangle", triangle(2200))
