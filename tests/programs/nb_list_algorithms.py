# Lists as working storage in @njit code: a growing list of primes searched
# in a loop, a stack, a list of tuples sorted by key, lists read in prange.
import numpy as np
from numba import njit, prange


@njit
def primes(n):
    ps = [2]
    k = 3
    while len(ps) < n:
        ok = True
        for p in ps:
            if p * p > k:
                break
            if k % p == 0:
                ok = False
                break
        if ok:
            ps.append(k)
        k += 2
    return ps


@njit
def balanced(codes):
    stack = [0]
    stack.pop()
    for c in codes:
        if c > 0:
            stack.append(c)
        elif len(stack) == 0 or stack.pop() != -c:
            return False
    return len(stack) == 0


@njit
def running_means(a, w):
    out = [0.0 for _ in range(0)]
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
        if i >= w:
            acc -= a[i - w]
        if i >= w - 1:
            out.append(acc / w)
    return out


@njit(parallel=True)
def weighted(l, n):
    s = 0.0
    for i in prange(n):
        s += l[i % len(l)] * i
    return s


@njit
def histogram_lists(a, nb):
    bins = [[0.0] for _ in range(nb)]
    for b in bins:
        b.pop()
    for x in a:
        k = int(x * nb)
        if k == nb:
            k = nb - 1
        bins[k].append(x)
    return [len(b) for b in bins], [min(b) if len(b) > 0 else -1.0 for b in bins]


p = primes(2000)
print(len(p), p[:10], p[-3:], sum(p))
print(balanced(np.array([1, 2, -2, 3, -3, -1])), balanced(np.array([1, 2, -1])), balanced(np.array([-1])))
print(running_means(np.arange(10.0), 3))
print(weighted([1.0, 2.0, 3.0], 100000), weighted([0.5], 10))
x = (np.arange(1000) * 7919 % 1000) / 1000.0
counts, mins = histogram_lists(x, 7)
print(counts, mins)


@njit(parallel=True)
def private_lists(n):
    s = 0
    for i in prange(n):
        l = [i, i + 1]
        l.append(i)
        s += sum(l)
    return s


print(private_lists(20000))
