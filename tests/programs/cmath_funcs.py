import cmath
for z in [-1, -4, -2.25, 1j, -1j, 3 + 4j, -3 - 4j, 0]:
    print(z, cmath.sqrt(z))
for z in [0, 1j, 1 + 1j, -1, cmath.pi * 1j]:
    print(z, cmath.exp(z))
for z in [1, -1, 1j, -1j, 1 + 1j, -1 - 1j, -1 + 0j, complex(-1, -0.0)]:
    print(z, cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, cmath.pi), (1, cmath.pi / 2), (3, -cmath.pi / 4)]:
    print(r, phi, cmath.rect(r, phi))
print(abs(cmath.rect(5, 1.1)), cmath.phase(cmath.rect(5, 1.1)))
print(cmath.log(1j), cmath.log(-1), cmath.log10(-10), cmath.log(1 + 1j, 2))
print(cmath.cos(1j), cmath.sin(1 + 2j), cmath.cosh(1j), cmath.atan(2j))
