# outcmp: exact
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [i * i for i in range(0, 100, 3)]
print(data[:10])
for x in [0, 1, 9, 10, 81, 82, 9000, 10000, -5]:
    i = bsearch(data, x)
    print(x, i, i < len(data) and data[i] == x)
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], isqrt(10 ** 40), isqrt(2 ** 127))
def bisect_root(f, lo, hi, it=60):
    for _ in range(it):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2
print(bisect_root(lambda x: x * x - 2, 0.0, 2.0), bisect_root(lambda x: x ** 3 - x - 1, 1.0, 2.0))
