# outcmp: exact
a = 1 + 2j
b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b)
print(a.real, a.imag, b.conjugate(), abs(b), -a, +a)
print(complex(1, 2), complex(3), complex(0, -1), complex("1+2j"), complex(2.5, 0))
print(a == 1 + 2j, a != b, type(a).__name__)
print(a ** 2, a * a, a ** 0, 1j * 1j, 1j ** 2)
z = 0j
for k in range(5):
    z = z * z + (0.25 + 0.5j)
    print(k, z)
print(2 * a, a * 2.5, a + 1, 1 - a, a / 2)
print((1 + 1j) * (1 - 1j), (2 + 0j) == 2, 1j.imag, (5j).real)
print([1j, 2 + 0j, -3.5j], (1 + 2j,))
