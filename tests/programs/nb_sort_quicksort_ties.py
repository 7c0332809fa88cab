# np.sort and a.sort() in @njit are Numba's quicksort step for step: ties
# such as -0.0 and 0.0, and NaNs, land where Numba puts them.
import numpy as np
from numba import njit
@njit
def s(x):
    return np.sort(x)
@njit
def s2(x):
    y = x.copy()
    y.sort()
    return y, np.argsort(x)
print(s(np.array([3.0, np.nan, 1.0, -0.0, 0.0])))
print(s(np.array([3.0, 1.0, -0.0, 0.0])))
print(s(np.array([np.nan, -0.0, 0.0])))
rng = np.random.RandomState(3)
for n in (5, 16, 40, 200):
    a = rng.choice(np.array([-0.0, 0.0, 1.0, np.nan, 2.0, -1.0]), n)
    r, idx = s2(a)
    print(np.signbit(r).astype(int).tolist()[:30], idx[:20])
    i = rng.randint(0, 5, n)
    print(s(i)[:20], s2(i)[1][:20], s(i.astype(np.float32))[:5])
