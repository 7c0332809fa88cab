# math and cmath accept NumPy scalars as CPython does (np.float64 is a float,
# NumPy integers have __index__).
import math, cmath
import numpy as np
x = np.float64(2.0)
print(math.sqrt(x), math.sin(np.float32(1.0)), math.floor(np.float64(2.5)), math.ceil(np.float32(2.5)))
print(math.sqrt(np.int64(4)), math.isnan(np.float64('nan')), math.trunc(np.float64(-2.5)))
print(math.hypot(np.float64(3), np.int32(4)), math.atan2(np.float64(1), 2), math.pow(np.float64(2), np.int8(3)))
print(math.isclose(np.float64(1.0), 1.0), math.copysign(1.0, np.float64(-0.0)), math.fsum([np.float64(0.1)] * 10))
print(math.prod([np.float64(1.5), 2]), math.dist([np.float64(0), 0], [3, np.float32(4)]))
print(cmath.sqrt(np.float64(-4.0)), cmath.exp(np.complex128(1j)), abs(cmath.phase(np.float64(-1))))
print(math.factorial(np.int64(5)), math.gcd(np.int64(12), 18), math.isqrt(np.int64(17)))
for f, arg in [(math.factorial, np.float64(3.0)), (math.isqrt, np.float32(4)), (math.sqrt, "x")]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError:", e)
print(math.comb(np.int64(5), np.int8(2)), math.perm(np.uint16(5), 2), math.lcm(np.int64(4), 6))
