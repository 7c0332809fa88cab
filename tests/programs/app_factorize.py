# outcmp: exact
def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        fs.append(n)
    return fs
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 32 + 1, 2 ** 40 + 1, 600851475143]:
    print(n, factorize(n))
def pollard(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 20):
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            a, b = abs(x - y), n
            while b:
                a, b = b, a % b
            d = a
        if d != n:
            return d
    return n
N = 1000000007 * 998244353
p = pollard(N)
print(N, p, N // p, p * (N // p) == N)
big = 2 ** 67 - 1
q = pollard(big)
print(big, sorted([q, big // q]))
fact30 = 1
for i in range(1, 31):
    fact30 *= i
counts = {}
for f in factorize(fact30):
    counts[f] = counts.get(f, 0) + 1
print(counts)
