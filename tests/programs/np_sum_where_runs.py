# np.sum / ndarray.sum / np.add.reduce with where= over 1-D float arrays:
# NumPy adds each run of selected items pairwise, its runs cut at its
# buffer's 8192 items; ints sum exactly whatever the order; other float
# shapes and options are refused by streak rather than reordered
# (errors/np_sum_where_axis).
import numpy as np

tot64 = []
tot32 = []
for seed in range(40):
    np.random.seed(seed)
    n = int(np.random.randint(1, 30000))
    x = np.random.rand(n) * 10
    m = np.random.rand(n) > np.random.rand()
    tot64.append(repr(np.sum(x, where=m)))
    x32 = x.astype(np.float32)
    tot32.append(repr(x32.sum(where=m)))
print(tot64[:20])
print(tot64[20:])
print(tot32)
np.random.seed(2)
x = np.random.rand(1000)
m = np.random.rand(1000) > 0.3
print(repr(np.sum(x, where=m)), repr(np.add.reduce(x, where=m)), repr(x[::2].sum(where=m[::2])))
print(repr(np.sum(x, where=False)), repr(np.sum(x, where=np.True_)), repr(np.sum(x, axis=0, where=m)))
y = np.array([1.0, np.nan, -0.0, np.inf, 2.5])
print(np.sum(y, where=[True, False, True, False, True]), np.sum(-y[2:3], where=[True]))
ints = np.arange(50000) % 97
print(np.sum(ints, where=ints > 40), ints.sum(where=ints % 2 == 0), np.sum(ints > 3, where=ints < 90))
g = []
for shape in [(3, 4), (100, 100), (7, 3000), (2, 3, 2000), (1, 9000), (90, 91)]:
    np.random.seed(len(shape) + shape[0])
    a = np.random.rand(*shape)
    w = np.random.rand(*shape) > 0.4
    g.append(repr(np.sum(a, where=w)))
    g.append(repr(a.astype(np.float32).sum(where=w)))
    g.append(repr(np.sum(a, where=True)))
print(g)
