# outcmp: exact
a = 7.5
b = 2.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 5.5 % 1, -5.5 % 1)
print(2 ** 0.5, 10 ** -1, 0.5 ** 2, 4 ** 0.5, 27 ** (1 / 3))
print(1 / 7, 22 / 7, 355 / 113)
s = 0.0
for i in range(1, 11):
    s += 1 / i
    print(i, s)
print(1e16 + 1.0 - 1e16, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
print(3 * 0.1, 0.1 * 3, 0.3 / 0.1, 0.3 // 0.1)
print(1.0 / 3.0 * 3.0, 2.0 / 10.0)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print("2**53 ~", x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print("eps", eps)
print(float(7) / 2, 7 / 2, 7 // 2.0, -7 / 2)
