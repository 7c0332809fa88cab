# outcmp: exact
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(2, 100, 1), pow(5, 0, 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(10, -1, 17), pow(38, -1, 97))
print(pow(7, 2 ** 70, 13), pow(2 ** 100, 2 ** 100, 10 ** 9 + 7))
M = 2 ** 127 - 1
print(pow(3, M - 1, M))
def modexp(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (12345, 6789, 1000), (7, 10 ** 18, 10 ** 9 + 9)]:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))
print(pow(2.0, 10), pow(2, 0.5) == 2 ** 0.5, pow(4, -2))
