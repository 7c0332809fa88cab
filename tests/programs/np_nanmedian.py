# np.nanmedian as NumPy 1.24's nanfunctions.py: np.median of the non-NaN
# items over all items / 1-D input / axes of >= 600 items, the masked median
# ((lo + hi) / 2 in the dtype, ints through float64) along shorter axes,
# all-NaN lanes, tuple axes, keepdims, empty input (nanmean), dtypes, errors
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = np.array([[1.0, np.nan, 3.5, 2.25], [4.0, 0.1, np.nan, np.nan], [np.nan, np.nan, np.nan, np.nan]])
show(lambda: np.nanmedian(a))
show(lambda: np.nanmedian(a, axis=0))
show(lambda: np.nanmedian(a, axis=1))
show(lambda: np.nanmedian(a, axis=-1, keepdims=True))
show(lambda: np.nanmedian(a, keepdims=True))
show(lambda: np.nanmedian(a, axis=(0, 1)))
show(lambda: np.nanmedian(a, axis=(1, 0), keepdims=True))
show(lambda: np.nanmedian(a.astype(np.float32), axis=1))
show(lambda: np.nanmedian(a.astype(np.float32)))
show(lambda: np.nanmedian(a[2]))
show(lambda: np.nanmedian(a[2].astype(np.float32)))
show(lambda: np.nanmedian(a, overwrite_input=True))
b = np.arange(60.0).reshape(3, 4, 5) ** 1.1
b[0, 1, 2] = np.nan
b[2, :, 3] = np.nan
for ax in [None, 0, 1, 2, -1, (0, 2), (1, 2), (0, 1, 2)]:
    show(lambda: np.nanmedian(b, axis=ax))
show(lambda: np.nanmedian(b, axis=(0, 2), keepdims=True))
show(lambda: np.nanmedian(np.array([[1, 7, 3], [2, 4, 8]]), axis=0))
show(lambda: np.nanmedian(np.array([[1, 7, 3], [2, 4, 8]]), axis=1))
show(lambda: np.nanmedian(np.array([[1, 7, 3], [2, 4, 8]], dtype=np.int8)))
show(lambda: np.nanmedian([[True, False], [True, True]], axis=0))
show(lambda: np.nanmedian(np.array([[2 ** 62, 2 ** 62 + 1], [3, 5]]), axis=1))
show(lambda: np.nanmedian(np.array([[1e308, 1e308, 1.0]]), axis=1))
show(lambda: np.nanmedian(np.array([[1e308, 1e308, np.nan, 1.0]]), axis=1))
show(lambda: np.nanmedian(np.array([[np.inf, -np.inf, np.nan], [np.inf, 1.0, np.nan]]), axis=1))
show(lambda: np.nanmedian(np.array([[1 + 2j, np.nan, 3 - 1j, 0.5j]]), axis=1))
show(lambda: np.nanmedian(np.array([1 + 2j, np.nan, 3 - 1j])))
show(lambda: np.nanmedian(np.array([[0.1, 0.2], [0.3, np.nan]], dtype=np.float32), axis=0))
show(lambda: np.nanmedian(7.5))
show(lambda: np.nanmedian(np.float32(np.nan)))
show(lambda: np.nanmedian([3, 1, 2]))
# long lanes: apply_along_axis of the 1-D median
long = np.sin(np.arange(2 * 700.0)).reshape(2, 700)
long[0, ::3] = np.nan
long[1, :] = np.nan
show(lambda: np.nanmedian(long, axis=1))
show(lambda: np.nanmedian(long.astype(np.float32), axis=1, keepdims=True))
show(lambda: np.nanmedian(np.arange(1400).reshape(2, 700) % 97, axis=1))
show(lambda: np.nanmedian(long.T, axis=0))
# empty input: nanmean
show(lambda: np.nanmedian(np.array([])))
show(lambda: np.nanmedian(np.zeros((0, 3)), axis=0))
show(lambda: np.nanmedian(np.zeros((2, 0)), axis=1, keepdims=True))
# errors
show(lambda: np.nanmedian(a, axis=2))
show(lambda: np.nanmedian(a, axis=(0, 0)))
show(lambda: np.nanmedian(a, axis=1.0))
show(lambda: np.nanmedian())
show(lambda: np.nanmedian(a, bad=1))
