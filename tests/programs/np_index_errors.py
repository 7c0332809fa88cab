# outcmp: exact
import numpy as np
a = np.arange(3)
m = np.arange(6).reshape(2, 3)
tests = [lambda: a[5], lambda: a[-4], lambda: m[2], lambda: m[0, 3], lambda: m[-3, 0],
         lambda: m[1, -4], lambda: a[0, 0], lambda: m[0, 0, 0], lambda: a[[0, 3]],
         lambda: m[[0, 1], [0, 5]], lambda: a[np.array([True, True])], lambda: np.arange(24).reshape(2, 3, 4)[0, 0, 4],
         lambda: a[1.5], lambda: a['x'], lambda: m[[0, 1], [0, 1, 2]]]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except IndexError as e:
        print(i, "IndexError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
def setitem(arr, idx, v):
    arr[idx] = v
for idx in [3, -4, (0, 0), [0, 7]]:
    try:
        setitem(a, idx, 1)
    except IndexError as e:
        print("set IndexError:", e)
try:
    setitem(m, (2, 0), 1)
except IndexError as e:
    print("set IndexError:", e)
print(a, m)
print(a[5:10], m[5:], m[:, 9:])
