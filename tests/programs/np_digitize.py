# np.digitize as NumPy 1.24: searchsorted with swapped sides, increasing and
# decreasing bins (reversed, results inverted), right=, dtypes, NaN/inf,
# repeated edges, scalars and N-d x, errors
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = np.array([0.2, 6.4, 3.0, 1.6, -1.0, 10.0, 2.5, 4.0, 1.0])
inc = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
dec = inc[::-1]
for b in [inc, dec, [1.0, 1.0, 2.0, 3.0, 3.0], [3, 3, 2, 1, 1], [5, 5, 5]]:
    print(np.digitize(x, b), np.digitize(x, b, right=True), np.digitize(x, b, True))
show(lambda: np.digitize(2.5, inc))
show(lambda: np.digitize(2.5, dec, right=True))
show(lambda: np.digitize(np.float32(2.5), [1, 2, 3]))
show(lambda: np.digitize([[1, 2], [3, 4]], [1.5, 3.5]))
show(lambda: np.digitize(np.arange(6).reshape(2, 3), [4, 2, 0], right=1))
show(lambda: np.digitize([], [1, 2]))
show(lambda: np.digitize([1, 2], []))
show(lambda: np.digitize([1, 2], np.array([], dtype=np.int32), right=True))
show(lambda: np.digitize(np.array([1, 2, 3], dtype=np.int8), np.array([2, 200], dtype=np.uint8)))
show(lambda: np.digitize(np.array([-1, 2, 3], dtype=np.int64), np.array([0, 2 ** 63], dtype=np.uint64)))
show(lambda: np.digitize(np.array([0.1, 0.2, 0.3], dtype=np.float32), [0.1, 0.2, 0.3]))
show(lambda: np.digitize(np.array([0.1, 0.2, 0.3], dtype=np.float32), np.array([0.1, 0.2, 0.3], dtype=np.float32), right=True))
show(lambda: np.digitize([True, False], [0, 1]))
show(lambda: np.digitize([0.5, 1.5], np.array([True, True])))
show(lambda: np.digitize([np.nan, np.inf, -np.inf, 1.0], [0.0, 1.0, 2.0]))
show(lambda: np.digitize([np.nan, np.inf, -np.inf, 1.0], [2.0, 1.0, 0.0], right=True))
show(lambda: np.digitize([np.nan, 1.0], [0.0, 1.0, np.nan]))
show(lambda: np.digitize([np.nan, 1.0], [np.nan, 1.0, 0.0]))
show(lambda: np.digitize([0.5, 1.5], [0.0, np.inf]))
show(lambda: np.digitize(x[::2], inc[1::2]))
show(lambda: np.digitize(x, bins=inc, right=False))
# errors
show(lambda: np.digitize([1, 2], [1, 3, 2]))
show(lambda: np.digitize([1j, 2], [1, 2]))
show(lambda: np.digitize([1, 2], [1j, 2]))
show(lambda: np.digitize([1, 2], [[1, 2]]))
show(lambda: np.digitize([1, 2], 3))
show(lambda: np.digitize([1, 2]))
show(lambda: np.digitize([1, 2], [1, 2], False, 3))
