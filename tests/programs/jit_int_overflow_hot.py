# outcmp: exact
# Integer overflow past 64 bits inside a hot loop must promote to a big int.
x = 1
for i in range(100):
    x = x * 2
print(x)
y = 2 ** 62
for i in range(4):
    y += 2 ** 62
    print(i, y, y > 2 ** 63 - 1)
z = -(2 ** 63) + 5
for i in range(10):
    z -= 1
print(z)
prod = 1
for i in range(1, 2000):
    prod = prod * i % (2 ** 61 - 1)
print(prod)
m = 9223372036854775807
for i in range(1000):
    m = (m * 6364136223846793005 + 1442695040888963407) % 2 ** 64
print(m)
n = 0
for i in range(1000):
    n += 2 ** 63 - 1
    n -= 2 ** 63 - 2
print(n)
neg = 1
for i in range(70):
    neg *= -2
print(neg, neg // 3, neg % 3, -neg >> 65)
