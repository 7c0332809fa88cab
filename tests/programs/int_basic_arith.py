# outcmp: exact
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
print(a // -b, a % -b, -a // -b, -a % -b)
print(0 - 0, 0 * 12345, 12345 * 0)
x = 1
for i in range(1, 11):
    x = x * i + i
    print(i, x)
print(7 // 2, 7 % 2, -7 // 2, -7 % 2)
print(100 // 7, 100 % 7, 100 / 8)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2)
print(+5, -(-5), --5, -+-5)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011)
n = 12345
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(digits)
print(abs(-42), abs(0), abs(42))
print(3 * 4 + 5 * 6 - 7 // 2 % 3)
print((3 + 4) * (5 - 6) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
