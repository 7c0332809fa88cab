# outcmp: exact
def steps(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print([steps(n) for n in range(1, 21)])
best = max(range(1, 10000), key=steps)
print(best, steps(best))
cache = {1: 0}
def csteps(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for m in reversed(path):
        base += 1
        cache[m] = base
    return cache[path[0]] if path else base
print(sum(csteps(n) for n in range(1, 20000)))
n = 2 ** 100 + 1
print(steps(n))
seq = [27]
while seq[-1] != 1:
    x = seq[-1]
    seq.append(x // 2 if x % 2 == 0 else 3 * x + 1)
print(len(seq), max(seq), seq[:10])
