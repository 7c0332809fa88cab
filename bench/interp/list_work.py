# Lists: append, indexing, slicing, comprehensions, sort, sum.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def shuffle_sort(n):
    xs = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed % 100000)
    xs.sort()
    evens = [x for x in xs if x % 2 == 0]
    return sum(xs[::97]) + len(evens) + xs[len(xs) // 2]


def rotate(n):
    window = list(range(64))
    s = 0
    for i in range(n):
        window[i % 64] = window[(i + 7) % 64] + 1
        s += window[i % 13]
    return s


primes = sieve(2400000)
print("primes", len(primes), sum(primes[-10:]))
print("sorted", shuffle_sort(800000))
print("rotate", rotate(1200000))
