# outcmp: exact
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a * a * a)
print((a * b) // b == a)
print(a + 1 - a, a - a, a * 0)
c = 1
for i in range(1, 40):
    c = c * 10 + i
print(c)
print(c % 97, c // 10 ** 30)
print(abs(-a), -a, +a)
print(a / 10 ** 20)
print(b / a)
print(10 ** 40 // 10 ** 38)
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1)
