# np.interp as NumPy 1.24's compiled interp: binary search with a guess
# (unsorted xp too), slopes, the NaN fix-up for infinite samples, left/right,
# complex fp, period=, dtypes of the operands, scalars/0-d/N-d x, errors
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xp = [1.0, 2.0, 3.0, 4.5, 7.0, 8.0, 10.0]
fp = [3.0, 2.0, 0.0, -1.5, 4.0, 4.25, 0.1]
x = np.linspace(-1, 12, 27)
print(np.interp(x, xp, fp))
print(np.interp(x[:3], xp, fp))  # fewer x than xp: slopes on the fly
print(np.interp(x[::-1], xp, fp))
print(np.interp(x, xp, fp, left=-99, right=99.5))
print(np.interp(x, xp, fp, left=None, right=np.float32(0.1)))
show(lambda: np.interp(2.5, xp, fp))
show(lambda: np.interp(np.float32(2.5), xp, fp))
show(lambda: np.interp(np.array(2.5), xp, fp))
show(lambda: np.interp([[2.5, 0.5], [7.25, 12]], xp, fp))
show(lambda: np.interp(np.array([], dtype=np.float32), xp, fp))
show(lambda: np.interp(3, [1, 5], [10, 20]))
show(lambda: np.interp(np.array([1, 2, 3], dtype=np.int8), np.array([0, 4], dtype=np.uint8), [0, 1]))
show(lambda: np.interp([0.5, 1.5], [True, False], [1, 2]))
show(lambda: np.interp(np.array([0.25, 0.5], dtype=np.float32), np.array([0, 1], dtype=np.float32), np.array([0.1, 0.7], dtype=np.float32)))
# one sample point
show(lambda: np.interp([0, 1, 2, np.nan], [1], [5]))
show(lambda: np.interp([0, 1, 2], [1], [5], left=-1, right=9))
# many sample points: the guess and the cached bisection windows
xs = np.arange(50.0) ** 1.5
ys = np.sin(np.arange(50.0))
q = np.array([0.3, 2.9, 100.0, 3.0, 343.0, 0.0, 5.5, 299.99, 1.0, 17.0, 200.0, 201.0, 202.0, 8.0, 340.0])
print(np.interp(q, xs, ys))
print(np.interp(np.sort(q), xs, ys))
print(np.interp(q[:2], xs, ys))
# NaN and infinity
print(np.interp([np.nan, 1.5, np.inf, -np.inf], [1, 2], [0, 1]))
print(np.interp([1.5, 2.5], [1, 2, 3], [np.inf, np.inf, 1.0]))
print(np.interp([1.5, 2.5, 3.5], [1, 2, 3, 4], [0.0, np.inf, np.inf, 1.0]))
print(np.interp([1.5, 2.5], [1, 2, 3], [-np.inf, np.inf, 0.0]))
print(np.interp([1.5, 2.5], [1, 2, 3], [np.nan, 1.0, 2.0]))
print(np.interp([1.5, 2.0], [1, 2, np.nan], [0.0, 1.0, 2.0]))
print(np.interp([0.5, 1.5, 2.5, 3.5], [3, 1, 2, 0], [0, 1, 2, 3]))  # unsorted xp: NumPy's answer
print(np.interp([1.0, 1.0, 2.0], [1, 1, 2], [0, 5, 10]))
print(np.interp([0.5, 1.5], [0, 1, 2], [1e308, -1e308, 1e308]))
# complex fp
print(np.interp([0.5, 1.5, 2.5, -1, 9], [0, 1, 2], [1 + 1j, 2 - 1j, 3j]))
print(np.interp([0.5], [0, 1, 2], [1 + 1j, 2 - 1j, 3j]))
show(lambda: np.interp(-1, [0, 1], [1 + 1j, 2], left=5j, right=7))
show(lambda: np.interp(9, [0, 1], [1 + 1j, 2], left=5j, right=7))
show(lambda: np.interp([np.nan], [0, 1], np.array([1, 2j], dtype=np.complex64)))
show(lambda: np.interp([0.5, 0.25], [0, 1], [np.inf + 1j, np.inf + 2j]))
# period
print(np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], period=360))
print(np.interp(np.array([0.5, 1.5, 7.25]), [0, 1, 2, 3], [1.0, 2.0, 0.5, 0.0], period=-4))
print(np.interp([0.5, 3.5], [0, 1, 2, 3], [1j, 2, 3, 4], period=4))
show(lambda: np.interp(1.0, [0, 1, 2], [5, 6, 7], left=0, right=1, period=2.5))
show(lambda: np.interp(2, [0, 1], [0, 1], period=0))
show(lambda: np.interp(2, [[0, 1]], [0, 1], period=3))
show(lambda: np.interp(2, [0, 1], [0, 1, 2], period=3))
show(lambda: np.interp(2, [], [], period=3))
# errors
show(lambda: np.interp(1.5, [[1, 2]], [3, 4]))
show(lambda: np.interp(1.5, [1, 2], [[3, 4]]))
show(lambda: np.interp(1.5, 1, [3, 4]))
show(lambda: np.interp(1.5, [1, 2j], [3, 4]))
show(lambda: np.interp(1.5, np.array([1, 2j]), [3, 4]))
show(lambda: np.interp(np.array(1.5j), [1, 2], [3, 4]))
show(lambda: np.interp(1.5j, [1, 2], [3, 4]))
show(lambda: np.interp(1.5, [], []))
show(lambda: np.interp(1.5, [1, 2], [3, 4, 5]))
show(lambda: np.interp(1.5, [1, 2], [3, 4], left="a"))
show(lambda: np.interp(0, [1, 2], [3, 4], left=1j))
show(lambda: np.interp(0, [1, 2], [3, 4], left=np.array([2.0])))
show(lambda: np.interp(0, [1, 2]))
show(lambda: np.interp(0, [1, 2], [3, 4], side=1))
show(lambda: np.interp(x=0.5, xp=[0, 1], fp=[3, 4]))
