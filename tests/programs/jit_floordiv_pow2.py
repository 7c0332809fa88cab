# // and % by powers of two in traces: a shift and a mask, floor semantics at the int64 edges
t = 0
for i in range(-3000, 3000):
    t += (i * 7) // 4 + (i * 3) % 8 - (i // 2) * (i % 2) + (i // 1) % 1 - i % 16 + i // 1024
print(t)
a = [(-2**63 + 5) // 2, (-2**63) // 8, (2**63 - 1) % 64, (-2**63) % 4]
for x in [-2**63, -2**63 + 1, -5, -1, 0, 1, 5, 2**63 - 1]:
    s = 0
    for k in range(3):
        s += x // 2 + x % 2 + x // 4 - x % 8
    a.append(s)
print(a)
