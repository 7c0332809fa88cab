# outcmp: exact
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in [0, 1, 2, 10, 50, 90, 92, 93, 100, 200, 300]:
    print(n, fib(n))
f = fib(500)
print(len(str(f)), f % 1000000007)
print(fib(301) * fib(299) - fib(300) ** 2)
memo = {}
def mfib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r
print(mfib(150) == fib(150), mfib(150))
