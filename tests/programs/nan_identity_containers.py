# Containers test identity before ==, as CPython does: a NaN is found in a
# list, tuple, dict or set holding that very NaN; arrays use == (never).
import math
import numpy as np
nan = float("nan"); L = [nan]
print([nan] == [nan], nan in L, L.count(nan), nan in {nan: 1}, len({nan, nan}), {nan: 1}[nan], L.index(nan))
L.remove(nan); print(L)
print(math.nan in [math.nan], np.nan in [np.nan], (nan,) == (nan,), nan == nan, nan != nan, [nan] != [nan])
print(nan in np.array([nan, 1.0]), np.nan in np.array([np.nan]))
d = {}
for x in [nan, 1.0, nan, 2.0]:
    d[x] = d.get(x, 0) + 1
print(len(d), sorted(d.values()))


def hot(vals, probe):
    found = 0
    for i in range(300):
        if probe in vals:
            found += 1
        if vals.count(probe) == 1:
            found += 1
    return found


print(hot([1.0, nan, 3.0], nan), hot((nan, 2.0), nan), hot([1.0, 2.0], nan))
