# outcmp: exact
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, 2 ** 63 - 1)
print(-2 ** 63, -(2 ** 63) - 1)
print(3 ** 200)
print(7 ** 77)
print(10 ** 50)
print((-3) ** 41)
x = 1
for i in range(70):
    x *= 2
print(x)
print(x // 3, x % 3, x // -7, x % -7)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(sum(int(c) for c in str(2 ** 1000)))
big = 123456789 ** 5
print(big, big % 1000000007)
print(2 ** 100 == 1267650600228229401496703205376)
print(2 ** 100 > 2 ** 99, 2 ** 100 < -(2 ** 100))
print(pow(2, 200), pow(-2, 101))
