# A NumPy scalar times a list, tuple or str is the sequence's repeat on
# either side (integer and bool scalars); other dtypes are refused.
import numpy as np

print(np.int64(3) * [1, 2], [1, 2] * np.int64(3))
print(np.int8(2) * (1, 2), (1, 2) * np.uint8(2), np.uint64(2) * 'ab', 'ab' * np.int32(2))
print(np.int64(-1) * [1, 2], np.int16(0) * (1,), np.bool_(False) * 'x' == '')
for s in [np.float64(2), np.float32(2), np.complex128(1)]:
    for q in [[1, 2], (1, 2), 'ab']:
        for f in [lambda: s * q, lambda: q * s]:
            try:
                print(f())
            except TypeError as e:
                print('TypeError', e)
l = [1, 2]
l *= np.int64(2)
print(l)
try:
    l *= np.float64(2)
except TypeError as e:
    print('TypeError', e)
print(np.int64(2) + np.array([1, 2]), np.int64(2) * np.array([1, 2]))

# hot loop: the JIT records scalar * list
n = 0
x = np.arange(5)
for i in range(100):
    n += len(x[i % 5] * [0, 1]) + len((1,) * x[i % 3])
print(n)
