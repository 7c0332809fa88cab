# outcmp: exact
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(10000)
print(len(ps), ps[:20], ps[-5:], sum(ps))
gaps = {}
for a, b in zip(ps, ps[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items()))
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[-3:])
print([p for p in ps if str(p) == str(p)[::-1]][-10:])
