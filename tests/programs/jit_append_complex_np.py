# A hot loop appending complex results of NumPy-scalar arithmetic: the
# recorder checked list.append's None result against the complex type the
# operand's record left behind (a crash before the fix).
import numpy as np

f = np.array([1.5, 2.0, 3.0])
out = []
for k in range(100):
    out.append(f[0] + 1j)
print(out[-1], len(out))


def g():
    o = []
    for k in range(200):
        o.append(np.float64(1) + 3j)
        o.append(np.float32(1) + 3j)
        o.append(np.int8(k % 100) * 1j)
        o.append(3j + np.int8(100))
        o.append(f[k % 3] * 2j)
    return o


r = g()
print(r[-5:], len(r))
