# outcmp: exact
big = 2 ** 63 - 1
print(big, big + 1, big + 1 - 1, type(big + 1 - 1).__name__)
small = -(2 ** 63)
print(small, small - 1, small - 1 + 1)
x = 9223372036854775807
y = x * x
print(y, y // x, y // x == x)
print(x * 2, x * -2, -x * -x)
z = 3037000500
print(z * z, z * z - 3037000500 ** 2)
acc = 1
for i in range(30):
    acc *= 31
    acc -= 7
print(acc)
for i in range(30):
    acc += 7
    acc //= 31
print(acc)
print((2 ** 64) // (2 ** 32), (2 ** 64) % (2 ** 32 + 1))
print(abs(-(2 ** 63)), -(-(2 ** 63)))
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2)
n = 1
steps = 0
while n < 10 ** 30:
    n = n * 3 + 1
    steps += 1
print(steps, n)
print(hash(2 ** 63 - 1) == hash(2 ** 63 - 1), 10 ** 18 + 10 ** 18)
