# outcmp: exact
a = 2 ** 100 + 12345
b = -(2 ** 90) - 777
print(a & b, a | b, a ^ b)
print(~a, ~b)
print(a >> 50, b >> 50, a << 20, b << 20)
print(a & 0xFFFF, b & 0xFFFF, b & (2 ** 100 - 1))
print((a ^ b) ^ b == a)
x = 1
for i in range(10):
    x = (x << 13) ^ (x >> 3) ^ i
print(x)
print(len(f"{x:b}"))
print(-(2 ** 200) >> 199, -(2 ** 200) >> 200, -(2 ** 200) >> 201)
print((1 << 64) - 1 & -(1 << 32))
