# outcmp: exact
vals = [0, 1, 5, -1, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a >> 10)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (255, -256), (-1, 2 ** 70)]:
    print(a, b, a & b, a | b, a ^ b)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98)
print(-1 >> 100, -(2 ** 70) >> 3, (2 ** 70 - 1) & -(2 ** 64))
print(~(2 ** 64), ~(-(2 ** 64)))
x = 0b10110110
count = 0
while x:
    x &= x - 1
    count += 1
print("popcount", count)
mask = 0
for bit in [0, 3, 5, 63, 64, 100]:
    mask |= 1 << bit
print(mask, mask & (1 << 64) != 0, mask ^ mask)
print(f"{-5 & 0xFF:08b}", f"{5 ^ -1}", f"{~0xF0 & 0xFF:x}")
