# np.absolute of complex arrays and scalars, bit for bit. NumPy 1.24 runs
# it through AVX512F code where the CPU has AVX512F (the larger part times
# sqrt(fma(r, r, 1)), r = smaller / larger) and hypot elsewhere; abs() of a
# NumPy complex scalar is hypot everywhere. The expected values are
# computed here exactly, for the CPU this runs on, and only mismatch
# counts are printed, so the output is the same on every machine.
import math
import random
import numpy as np

try:
    f = open("/proc/cpuinfo")
    SCALED = " avx512f" in f.read()
    f.close()
except OSError:
    SCALED = False


def fma_sq1(r):
    # fma(r, r, 1.0) for 0 <= r <= 1: Dekker's exact product, then the sum
    # rounded once (the error terms are far below 1's last bit or exact)
    c = 134217729.0 * r
    rh = c - (c - r)
    rl = r - rh
    p = r * r
    e = ((rh * rh - p) + 2 * rh * rl) + rl * rl
    s = 1.0 + p
    t = (1.0 - s) + p
    return s + (t + e)


def scaled(re, im, single):
    re, im = abs(re), abs(im)
    if math.isinf(re) or math.isinf(im):
        return math.inf
    if math.isnan(re) or math.isnan(im):
        return math.nan
    big, small = max(re, im), min(re, im)
    if single:
        r = 0.0 if big == 0 else float(np.float32(np.float32(small) / np.float32(big)))
        s = np.float32(math.sqrt(float(np.float32(1.0 + r * r))))
        return float(np.float32(s * np.float32(big)))
    r = 0.0 if big == 0 else small / big
    return math.sqrt(fma_sq1(r)) * big


def expected(v, single):
    if SCALED:
        return scaled(v.real, v.imag, single)
    h = abs(complex(v.real, v.imag))
    return float(np.float32(h)) if single else h


def same(a, b):
    return (a == b) or (math.isnan(a) and math.isnan(b))


random.seed(7)
vals = [complex(random.uniform(-3, 3), random.uniform(-3, 3)) for _ in range(3000)]
vals += [complex(random.uniform(-1e-300, 1e-300), random.uniform(-1e-300, 1e-300)) for _ in range(200)]
vals += [complex(random.uniform(-1e300, 1e300), random.uniform(-1e300, 1e300)) for _ in range(200)]
vals += [0j, complex(-0.0, -0.0), complex(math.inf, math.nan), complex(math.nan, -math.inf),
         complex(math.nan, 1.0), complex(2.0, math.nan), complex(1e308, 1e308), complex(5e-324, 5e-324),
         complex(3, 4), complex(-5, 12), complex(0, -2.5), complex(-1.5, 0)]
z = np.array(vals)
for name, arr in [("contiguous", z), ("strided", z[::3]), ("2-D", z[:3400].reshape(68, 50).T)]:
    got = np.abs(arr).ravel()
    want = [expected(v, False) for v in arr.ravel()]
    print(name, "complex128 mismatches:", sum(not same(float(g), w) for g, w in zip(got, want)))
z32 = z[:3000].astype(np.complex64)
got = np.abs(z32)
print("complex64", got.dtype, "mismatches:", sum(not same(float(g), expected(v, True)) for g, v in zip(got, z32)))
print("np.abs scalar mismatches:", sum(not same(float(np.abs(v)), expected(v, False)) for v in z[:500]))
print("abs() scalar mismatches:", sum(not same(float(abs(v)), abs(complex(v))) for v in z[:500]))
print(np.abs(np.array([3 + 4j, -5 + 12j, complex(math.inf, math.nan), 0j])))
