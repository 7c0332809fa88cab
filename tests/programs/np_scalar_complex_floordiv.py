# outcmp: exact
# NumPy's complex scalars have no // or % (their scalar math returns
# NotImplemented, so Python words the TypeError); complex arrays raise the
# ufunc's TypeError
import numpy as np

c = np.complex64(1 + 1j)
d = np.complex128(2 + 0j)
for f in [lambda: c // 1, lambda: 1 // c, lambda: c // d, lambda: d % 2, lambda: 2.5 % d,
          lambda: divmod(d, 1), lambda: divmod(3, c), lambda: c // np.int8(1), lambda: d // 1j,
          lambda: np.array([1j]) // 1, lambda: d // np.array([1.0]), lambda: c % [1, 2],
          lambda: [1, 2] % c, lambda: c // (1, 2), lambda: c // np.array(2.0),
          lambda: np.array(1j) // 2, lambda: 1j // np.float64(2), lambda: np.int8(3) % 1j,
          lambda: d + 1, lambda: d / 2]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
n = 0
for i in range(200):
    try:
        n += int((d * i) // 3)
    except TypeError:
        n -= 1
print(n)
