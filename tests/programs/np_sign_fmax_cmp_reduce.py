# sign of complex NaNs and of bools, comparison-ufunc reductions, and
# fmax/fmin ties of -0.0 and 0.0 (the second operand wins, as in NumPy).
import numpy as np

z = np.array([np.nan + 0j, complex(0, np.nan), complex(np.nan, np.nan), complex(-2, np.nan), -2 + 1j, 0j,
              complex(0, -3), complex(-0.0, 1)])
print(np.sign(z), np.sign(z.astype(np.complex64)), np.sign(np.complex64(complex(np.nan, 1))))
for f in [lambda: np.sign(np.array([True, False])), lambda: np.sign(np.bool_(True)),
          lambda: np.positive(np.array([True])), lambda: np.sign(np.array([1, -2], np.int8)),
          lambda: np.equal.reduce(np.array([1, 1, 1])), lambda: np.less.reduce(np.array([1.0, 2.0])),
          lambda: np.not_equal.accumulate(np.array([1, 0])), lambda: np.equal.reduce(np.array([1, 1, 1]), dtype=bool),
          lambda: np.equal.reduce(np.array([True, False, False])), lambda: np.greater.reduce(np.array([True, False])),
          lambda: np.logical_and.reduce(np.array([1, 1])), lambda: np.logical_or.accumulate(np.array([0, 2, 0]))]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)

x = np.array([-0.0, 0.0, -0.0, 0.0])
print(np.fmax(np.array([-0.0]), 0), np.fmax(x, 0), np.fmin(x, 0.0), np.fmax(0, x), np.fmin(-0.0, x))
print(np.fmax(x[::2], 0.0), np.fmax(x, x[::-1]), np.maximum(x, 0), np.minimum(0.0, x))
print(np.fmax(np.array([np.nan, 1, np.nan]), np.array([2, np.nan, np.nan])), np.fmax(x.astype(np.float32), 0))

# hot loop: the JIT records fmax and sign
t = np.zeros(4)
for i in range(100):
    t = np.fmax(t, x) + np.sign(x - i % 3)
print(t)
