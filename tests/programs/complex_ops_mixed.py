# outcmp: exact
z = 2 + 3j
print(z + 1, z + 1.5, z + True, 1 + z, 1.5 * z, z * 2, z / 2, 2 / z)
print(z ** 2, z ** -1, (1j) ** 3, (-1 + 0j) ** 2, z ** 0.0)
print(z == 2 + 3j, z == (2 + 3j) * 1, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1)
print((1 + 2j) / (3 + 4j), (1e10 + 1j) / (1 + 1e10j))
print(complex(True, False), complex(1, 1j), complex(1j, 1))
try:
    print(z < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(abs(1j), abs(-2 + 0j), abs(complex(0, -3)))
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j))
