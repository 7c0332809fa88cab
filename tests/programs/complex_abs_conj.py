import math
pts = [3 + 4j, -5 + 12j, 1 + 1j, -2j, 8, complex(1e150, 1e150), complex(1e-150, 1e-150)]
for z in pts:
    w = complex(z)
    print(w, abs(w), w.conjugate(), w * w.conjugate(), w.real ** 2 + w.imag ** 2)
z = 1 + 2j
print(z.conjugate().conjugate() == z, abs(z) == math.sqrt(5))
total = 0j
for k in range(1, 6):
    total += complex(k, -k)
print(total, abs(total), total.real, total.imag)
print(sum([1j, 2j, 3]), sum([0.5 + 0.5j] * 4))
