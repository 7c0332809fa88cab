import cmath
import math
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(2j), cmath.sqrt(3 + 4j))
print(cmath.exp(1j * math.pi), cmath.exp(0), cmath.exp(1 + 1j))
print(cmath.phase(1j), cmath.phase(-1), cmath.phase(-1 - 1j), cmath.phase(1))
print(cmath.polar(1 + 1j), cmath.polar(-2), cmath.polar(3 + 4j))
print(cmath.rect(1, math.pi / 2), cmath.rect(2, 0), cmath.rect(math.sqrt(2), math.pi / 4))
print(cmath.log(-1), cmath.log(1j), cmath.log10(100), cmath.log(8, 2))
print(cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5j))
print(cmath.pi, cmath.e, cmath.isclose(cmath.exp(2j * cmath.pi), 1, abs_tol=1e-12))
r, phi = cmath.polar(-3 + 4j)
print(r, phi, cmath.rect(r, phi))
print(cmath.isnan(complex(1, float("nan"))), cmath.isinf(complex(float("inf"), 0)))
