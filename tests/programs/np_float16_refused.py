# NumPy computes float ufuncs of bool/int8/uint8 inputs in float16, which
# streak does not support: the call must fail rather than print float32.
# Wider integers keep their float32/float64 results.
import numpy as np

def f16(f, *args):
    try:
        r = f(*args)
    except NotImplementedError:
        return 'float16'
    if r.dtype == np.float16:  # only the oracle gets here
        return 'float16'
    return str(r.dtype)

small = [np.array([4], np.int8), np.array([4], np.uint8), np.array([True]), np.int8(4), np.uint8(4)]
for x in small:
    print(f16(np.sqrt, x), f16(np.exp, x), f16(np.sin, x), f16(np.floor, x), f16(np.arctan2, x, x))
print(f16(np.hypot, np.array([3], np.uint8), np.array([4], np.int8)), f16(np.sqrt, True))
wide = [np.array([4], np.int16), np.array([4], np.uint16), np.array([4], np.int32), np.array([4]), np.int16(4), 4]
for x in wide:
    print(np.sqrt(x).dtype, np.exp(x).dtype, np.arctan2(x, x).dtype, np.floor(x).dtype)
b = np.array([4], np.int8)
print(np.signbit(b), np.isnan(b), np.negative(b), b / 2, b * 0.5, np.sqrt(b, dtype=np.float32), np.sqrt(b.astype(np.float32)))
print(np.arctan2(np.array([1], np.int8), np.array([1], np.int16)).dtype, np.arctan2(np.int8(1), 2).dtype)

# hot loop: the JIT records the call and must refuse as well
n = 0
for i in range(100):
    n += f16(np.sqrt, b) == 'float16'
    n += int(np.sqrt(b.astype(np.int16))[0])
print(n)
